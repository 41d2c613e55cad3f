import { expect } from '@open-wc/testing';
import { addMonths, lastDayOf, longDay, monthTitle, timeIn, weekdayNames, zoneLabel, zonesDiffer } from './format.js';

describe('date formatting', () => {
  it('formats clinic dates the same in every zone, in the widget language', () => {
    expect(longDay('2026-03-29', 'en')).to.equal('Sunday, March 29');
    expect(longDay('2026-03-29', 'es')).to.equal('domingo, 29 de marzo');
    expect(monthTitle('2026-12', 'es')).to.equal('diciembre de 2026');
    expect(weekdayNames('en', 'long')[0]).to.equal('Monday');
  });

  it('shows an instant in a zone, across the spring DST change', () => {
    // 29 March 2026: Madrid moves from +01:00 to +02:00 at 02:00 local.
    expect(timeIn('2026-03-29T00:30:00Z', 'Europe/Madrid', 'en-GB')).to.equal('1:30');
    expect(timeIn('2026-03-29T01:30:00Z', 'Europe/Madrid', 'en-GB')).to.equal('3:30');
  });

  it('notices when two zones show different times for the same instant', () => {
    expect(zonesDiffer('2026-07-01T10:00:00Z', 'Europe/Madrid', 'Europe/Paris')).to.equal(false);
    expect(zonesDiffer('2026-07-01T10:00:00Z', 'Europe/Madrid', 'Europe/Lisbon')).to.equal(true);
    expect(zoneLabel('America/Argentina/Buenos_Aires')).to.equal('Buenos Aires');
  });

  it('steps months across years and knows their last day', () => {
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2026-01', -1)).to.equal('2025-12');
    expect(lastDayOf('2028-02')).to.equal('2028-02-29');
  });
});
