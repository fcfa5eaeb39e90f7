import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../../tests/msw/handlers';
import { atlasReady, openDrawer, renderApp } from '../../tests/msw/render-app';
import { server } from '../../tests/msw/server';

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const dataStatus = () =>
  within(screen.getByRole('region', { name: 'Data' })).getAllByRole('status')[0];

/** The data are in and the Data drawer, with its file input, is open. */
async function ready() {
  await atlasReady(10_000);
  await openDrawer('Data');
}

describe('bringing your own data', () => {
  it('opens files, reports the bad rows, keeps the good ones, and switches back and forth', async () => {
    renderApp();
    await ready();
    expect(dataStatus()).toHaveTextContent('Showing the built-in GDE programme data.');
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('opened/left-out/organisations.csv')),
      csvFile('pairings.csv', fixtureText('opened/left-out/pairings.csv')),
    ]);
    expect(
      await screen.findByText(/Showing your data: organisations\.csv and pairings\.csv/),
    ).toBeInTheDocument();
    expect(dataStatus()).toHaveTextContent(
      '2 organisations and 1 pairing shown; 1 organisation row and 2 pairing rows left out',
    );
    expect(
      screen.getByText(
        /row 4 \(f2, Westvale Follower Trust\), column "lat": latitude is not a number/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('1 of 1 pairings · 2 of 2 organisations')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Back to the built-in data' }));
    expect(dataStatus()).toHaveTextContent('Showing the built-in GDE programme data.');
    expect(screen.getByText('2 of 2 pairings · 5 of 5 organisations')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show my data again' }));
    expect(dataStatus()).toHaveTextContent('2 organisations and 1 pairing shown');
  });

  it('opens an evidence.csv and a story.json with them: the charts and Present use those', async () => {
    renderApp();
    await ready();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('good/organisations.csv')),
      csvFile('pairings.csv', fixtureText('good/pairings.csv')),
      csvFile('evidence.csv', fixtureText('good/evidence.csv')),
      new File([fixtureText('good/story.json')], 'story.json', { type: 'application/json' }),
    ]);
    expect(
      await screen.findByText(
        /Showing your data: organisations\.csv, pairings\.csv, evidence\.csv and story\.json/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    await openDrawer('Charts');
    const flow = await screen.findByRole('figure', { name: /direction/ }, { timeout: 10_000 });
    expect(within(flow).getByRole('row', { name: 'Follower → exemplar 2' })).toBeInTheDocument();
    expect(within(flow).getByRole('row', { name: 'Two-way, as peers 1' })).toBeInTheDocument();
    expect(within(flow).queryByRole('row', { name: /Exemplar → follower [1-9]/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(
      await screen.findByRole('heading', { name: 'Test story opening' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it("without evidence.csv or story.json, the paper's evidence and story are not shown with their data", async () => {
    renderApp('?charts=1');
    await atlasReady(10_000);
    expect(
      await screen.findByRole('button', { name: 'Present' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await screen.findByRole('figure', { name: /direction/ }, { timeout: 10_000 });
    await openDrawer('Data');
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('good/organisations.csv')),
      csvFile('pairings.csv', fixtureText('good/pairings.csv')),
    ]);
    await openDrawer('Charts');
    expect(
      await screen.findByText(/Your data came without an evidence\.csv/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /direction/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Present' })).toBeNull();

    await openDrawer('Data');
    await userEvent.click(screen.getByRole('button', { name: 'Back to the built-in data' }));
    await openDrawer('Charts');
    expect(
      await screen.findByRole('figure', { name: /direction/ }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Present' })).toBeInTheDocument();
  });

  it('lists problems in an opened story.json, and Present is not offered', async () => {
    renderApp();
    await ready();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('good/organisations.csv')),
      csvFile('pairings.csv', fixtureText('good/pairings.csv')),
      new File(['{"title": "x", "scenes": ['], 'story.json', { type: 'application/json' }),
    ]);
    expect(
      await screen.findByText(/story\.json: is not valid JSON/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Present' })).toBeNull();
  });

  it('opens a spreadsheet export by its headings, whatever the files are called', async () => {
    renderApp();
    await ready();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('trusts.csv', fixtureText('opened/spreadsheet/organisations.csv')),
      csvFile('buddies.csv', fixtureText('opened/spreadsheet/pairings.csv')),
    ]);
    expect(
      await screen.findByText(/Showing your data: trusts\.csv and buddies\.csv/),
    ).toBeInTheDocument();
    expect(dataStatus()).toHaveTextContent('4 organisations and 2 pairings shown.');
    expect(
      screen.getByText('Your data: partnerships from trusts.csv and buddies.csv'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/trusts\.csv, column "core_vendor": 1 organisation has no core vendor/),
    ).toBeInTheDocument();
  });

  it('asks which column holds each field when the headings are its own, then opens the files', async () => {
    renderApp();
    await ready();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('opened/own-headings/organisations.csv')),
      csvFile('pairings.csv', fixtureText('opened/own-headings/pairings.csv')),
    ]);
    const step = await screen.findByRole('form', { name: 'Match your columns' });
    // The guesses are filled in, with the first rows beside them.
    const latitude = within(step).getByRole('combobox', {
      name: 'Latitude (decimal degrees) (needed)',
    });
    expect(latitude).toHaveValue('Lat (WGS84)');
    expect(within(step).getByRole('row', { name: /Latitude.*53\.48 · 53\.8/ })).toBeInTheDocument();
    expect(
      within(step).getByRole('combobox', { name: 'Exemplar (id or name) (needed)' }),
    ).toHaveValue('Mentor organisation');
    // Nothing changes until the columns are confirmed.
    expect(dataStatus()).toHaveTextContent('Showing the built-in GDE programme data.');

    await userEvent.selectOptions(latitude, '');
    await userEvent.click(within(step).getByRole('button', { name: 'Open with these columns' }));
    expect(within(step).getByRole('alert')).toHaveTextContent(
      'Still needed: Latitude (decimal degrees) (organisations.csv).',
    );
    await userEvent.selectOptions(latitude, 'Lat (WGS84)');
    await userEvent.click(within(step).getByRole('button', { name: 'Open with these columns' }));
    expect(await screen.findByText(/Showing your data: organisations\.csv/)).toBeInTheDocument();
    expect(dataStatus()).toHaveTextContent('2 organisations and 1 pairing shown.');
    expect(screen.queryByRole('form', { name: 'Match your columns' })).toBeNull();
  });

  it('opens an Excel workbook by its sheets', async () => {
    renderApp();
    await ready();
    const workbook = new File(
      [readFileSync(join(process.cwd(), 'tests/fixtures/opened/workbook/programme.xlsx'))],
      'programme.xlsx',
      { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    );
    await userEvent.upload(screen.getByLabelText('Open data files'), [workbook]);
    expect(await screen.findByText(/Showing your data: programme\.xlsx/)).toBeInTheDocument();
    expect(dataStatus()).toHaveTextContent('4 organisations and 2 pairings shown.');
    expect(
      screen.getByText(
        /programme\.xlsx \(sheet "Trusts"\), column "core_vendor": 1 organisation has no core vendor/,
      ),
    ).toBeInTheDocument();
  });

  it('opens tables pasted from a spreadsheet, and keeps what was pasted after a refusal', async () => {
    renderApp();
    await ready();
    await userEvent.click(screen.getByText('Paste tables from a spreadsheet'));
    const organisations = screen.getByRole('textbox', { name: 'Organisations' });
    await userEvent.click(screen.getByRole('button', { name: 'Open the pasted tables' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Paste the organisations table first',
    );
    // Pasted as a spreadsheet copies: tab separated, a heading row, everyday words.
    await userEvent.click(organisations);
    await userEvent.paste(
      'Trust Name\tType\tLatitude\tLongitude\nNorthvale Hospitals\tExemplar\t53.48\t-2.24\nNorthvale Follower Trust\tFast Follower\t53.8\t-1.55\n',
    );
    await userEvent.click(screen.getByRole('textbox', { name: 'Pairings (optional)' }));
    await userEvent.paste(
      'Exemplar\tFast Follower\nNorthvale Hospitals\tNorthvale Follower Trust\n',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open the pasted tables' }));
    expect(await screen.findByText(/Showing your data: pasted tables/)).toBeInTheDocument();
    expect(dataStatus()).toHaveTextContent('2 organisations and 1 pairing shown.');
    expect(organisations).toHaveValue(
      'Trust Name\tType\tLatitude\tLongitude\nNorthvale Hospitals\tExemplar\t53.48\t-2.24\nNorthvale Follower Trust\tFast Follower\t53.8\t-1.55\n',
    );
  });

  it('offers to fix decimal commas, and after the fix shows the rows with the change listed', async () => {
    renderApp();
    await ready();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile(
        'organisations.csv',
        'name,role,lat,lon\nLead Trust,GDE,"53,48","-2,24"\nFollow Trust,FF,"53,8","-1,55"\n',
      ),
      csvFile('pairings.csv', 'gde,ff\nLead Trust,Follow Trust\n'),
    ]);
    const fix = await screen.findByRole('button', {
      name: 'Fix these 2 rows: read the decimal comma as a point',
    });
    expect(dataStatus()).toHaveTextContent('0 organisations and 0 pairings shown');
    await userEvent.click(fix);
    await vi.waitFor(() =>
      expect(dataStatus()).toHaveTextContent('2 organisations and 1 pairing shown.'),
    );
    expect(
      screen.getByText(
        'Warning: organisations.csv, row 2 (Lead Trust), column "lat": latitude uses a decimal comma: read as 53.48 (fixed) (value: "53,48")',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Fix / })).toBeNull();
  });

  it('Back from the column step keeps the files and the choices; Discard forgets them', async () => {
    renderApp();
    await ready();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('organisations.csv', fixtureText('opened/own-headings/organisations.csv')),
    ]);
    let step = await screen.findByRole('form', { name: 'Match your columns' });
    await userEvent.selectOptions(
      within(step).getByRole('combobox', { name: 'EPR vendor' }),
      'Organisation title',
    );
    await userEvent.click(within(step).getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('form', { name: 'Match your columns' })).toBeNull();
    expect(dataStatus()).toHaveTextContent('Showing the built-in GDE programme data.');

    await userEvent.click(screen.getByRole('button', { name: 'Match the columns' }));
    step = await screen.findByRole('form', { name: 'Match your columns' });
    expect(within(step).getByRole('combobox', { name: 'EPR vendor' })).toHaveValue(
      'Organisation title',
    );
    await userEvent.click(within(step).getByRole('button', { name: 'Back' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard these files' }));
    expect(screen.queryByRole('button', { name: 'Match the columns' })).toBeNull();
    expect(dataStatus()).toHaveTextContent('Showing the built-in GDE programme data.');
  });

  it('refuses files it cannot use, by name, and keeps what is shown', async () => {
    renderApp();
    await ready();
    const big = csvFile('organisations.csv', 'id\n');
    Object.defineProperty(big, 'size', { value: 30 * 1024 * 1024 });
    await userEvent.upload(screen.getByLabelText('Open data files'), [big]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'organisations.csv is 30.0 MB; files over 20.0 MB are not opened. The data shown have not changed.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile('notes.csv', 'a,b\n'),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('notes.csv was not recognised');
    expect(dataStatus()).toHaveTextContent('Showing the built-in GDE programme data.');
  });

  it('groups 3,000 rows with the same problem into one line, and downloads the full report', async () => {
    const rows = Array.from({ length: 3000 }, (_, index) => `o${index},Org ${index},FF,n/a,-2`);
    renderApp();
    await ready();
    await userEvent.upload(screen.getByLabelText('Open data files'), [
      csvFile(
        'organisations.csv',
        `id,name,role,lat,lon\ng1,Lead Trust,GDE,53.4,-2.9\n${rows.join('\n')}\n`,
      ),
      csvFile('pairings.csv', 'gde_id,ff_id\n'),
    ]);
    const grouped = await screen.findByText(
      /column "lat": latitude is not a number — 3,000 rows: row 3 \(o0, Org 0\); row 4 \(o1, Org 1\); row 5 \(o2, Org 2\); …/,
    );
    expect(grouped).toBeInTheDocument();
    expect(screen.getAllByText(/latitude is not a number/)).toHaveLength(1);
    let saved: Blob | null = null;
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:report';
    });
    // jsdom cannot follow the download link; the file's content is what is checked.
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Download the report (CSV)' }));
    await vi.waitFor(() => expect(saved).not.toBeNull());
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved as unknown as Blob);
    });
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('severity,file,row,id,name,column,value,problem');
    expect(lines[1]).toBe('error,organisations.csv,3,o0,Org 0,lat,n/a,latitude is not a number');
    expect(lines.filter((line) => line.includes('latitude is not a number'))).toHaveLength(3000);
    expect(clicked).toHaveBeenCalledTimes(1);
    created.mockRestore();
    clicked.mockRestore();
  });

  it('loads a published dataset from a data= link', async () => {
    server.use(
      http.get('https://data.example.org/buddies/organisations.csv', () =>
        HttpResponse.text(fixtureText('good/organisations.csv')),
      ),
      http.get('https://data.example.org/buddies/pairings.csv', () =>
        HttpResponse.text(fixtureText('bad/unknown-status/pairings.csv')),
      ),
      // The optional files are not published there: that is not an error.
      http.get('https://data.example.org/buddies/:optional', () =>
        HttpResponse.text('Not found', { status: 404 }),
      ),
    );
    renderApp('?data=https://data.example.org/buddies/');
    expect(
      await screen.findByText(/Showing your data: https:\/\/data\.example\.org\/buddies\//),
    ).toBeInTheDocument();
    // "paused" is not a status the atlas knows: the pairing is kept, its status unknown.
    expect(dataStatus()).toHaveTextContent('5 organisations and 2 pairings shown.');
  });

  it.each([
    ['a 404', () => new HttpResponse('Not found', { status: 404 }), /answered 404/],
    [
      'an HTML sign-in page',
      () => HttpResponse.html('<!DOCTYPE html><html><body>Sign in</body></html>'),
      /is a web page, not a CSV file/,
    ],
    ['no connection', () => HttpResponse.error(), /could not be reached/],
  ])(
    'a data= link that gives %s is explained, and the built-in data stay',
    async (_name, reply, message) => {
      server.use(http.get('https://data.example.org/broken/*', reply));
      renderApp('?data=https://data.example.org/broken/');
      expect(await screen.findByRole('alert')).toHaveTextContent(message);
      await ready();
      expect(dataStatus()).toHaveTextContent('Showing the built-in GDE programme data.');
    },
  );
});
