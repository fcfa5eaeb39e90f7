import { useEffect } from 'react';
import { useFinder } from '../../state/finder-context';
import { useFinderModel } from './use-finder-model';

/** Works out the finder's model and hands it to the panel and the map; draws nothing itself. */
export default function FinderEngine() {
  const model = useFinderModel();
  const { setModel } = useFinder();
  useEffect(() => {
    setModel(model);
  }, [model, setModel]);
  useEffect(() => () => setModel(null), [setModel]);
  return null;
}
