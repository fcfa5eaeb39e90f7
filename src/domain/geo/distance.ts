import turfDistance from '@turf/distance';

export interface LonLat {
  lon: number;
  lat: number;
}

const KM_PER_MILE = 1.609344;

/** Great-circle (haversine) distance on a sphere of the mean Earth radius, in kilometres. */
export function greatCircleKm(from: LonLat, to: LonLat): number {
  return turfDistance([from.lon, from.lat], [to.lon, to.lat], { units: 'kilometers' });
}

export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}
