// iCalendar feeds (issue 6), parsed with ical.js: every .ics file of the site has CRLF line
// ends only, no line over 75 octets, parses without error, and every event has a UID,
// DTSTAMP and DTSTART, timed ones with TZID=Europe/Amsterdam and that VTIMEZONE in the same
// file, all-day ones as DATE with an end after the start; UIDs are unique within a feed.
// On the example site (data/ at --vandaag 2026-11-22, as browser.example_site builds it)
// also the event counts, the RRULE dates and the cancelled session. A site without feeds
// (the harness fixture) has nothing to check. No browser needed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import ICAL from 'ical.js';
import { listFiles, siteDir } from './lib/site.mjs';

const dir = siteDir();
const feeds = listFiles(dir).filter((f) => f.endsWith('.ics'));

function parseFeed(rel) {
  const raw = fs.readFileSync(path.join(dir, rel));
  const problems = [];
  const text = raw.toString('utf8');
  if (!text.endsWith('\r\n')) problems.push('does not end in CRLF');
  if ((text.match(/\n/g) || []).length !== (text.match(/\r\n/g) || []).length) problems.push('a bare LF');
  if ((text.match(/\r/g) || []).length !== (text.match(/\r\n/g) || []).length) problems.push('a bare CR');
  let start = 0;
  let n = 0;
  for (let i = raw.indexOf('\r\n'); i >= 0; start = i + 2, i = raw.indexOf('\r\n', start)) {
    n++;
    if (i - start > 75) problems.push(`line ${n}: ${i - start} octets`);
  }
  const comp = new ICAL.Component(ICAL.parse(text));
  return { comp, problems };
}

test('every feed parses with ical.js and has the RFC 5545 form', (t) => {
  if (feeds.length === 0) return t.skip('no .ics files in this site');
  const problems = [];
  for (const rel of feeds) {
    let parsed;
    try {
      parsed = parseFeed(rel);
    } catch (e) {
      problems.push(`${rel}: ical.js: ${e.message}`);
      continue;
    }
    const { comp } = parsed;
    problems.push(...parsed.problems.map((p) => `${rel}: ${p}`));
    if (comp.name !== 'vcalendar') problems.push(`${rel}: not a VCALENDAR`);
    for (const prop of ['version', 'prodid', 'x-wr-calname', 'name', 'refresh-interval']) {
      if (!comp.hasProperty(prop)) problems.push(`${rel}: no ${prop.toUpperCase()}`);
    }
    const zones = comp.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    for (const z of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(z);
    const uids = new Set();
    for (const ve of comp.getAllSubcomponents('vevent')) {
      const ev = new ICAL.Event(ve);
      const uid = ev.uid;
      if (!uid) problems.push(`${rel}: an event without UID`);
      if (uids.has(uid)) problems.push(`${rel}: UID ${uid} twice`);
      uids.add(uid);
      if (!ve.hasProperty('dtstamp')) problems.push(`${rel}: ${uid}: no DTSTAMP`);
      const dtstart = ve.getFirstProperty('dtstart');
      if (!dtstart) { problems.push(`${rel}: ${uid}: no DTSTART`); continue; }
      if (ev.startDate.isDate) {
        if (ev.endDate.compare(ev.startDate) <= 0) problems.push(`${rel}: ${uid}: all-day DTEND not after DTSTART`);
      } else {
        const tzid = dtstart.getParameter('tzid');
        if (tzid !== 'Europe/Amsterdam') problems.push(`${rel}: ${uid}: timed without TZID=Europe/Amsterdam`);
        if (!zones.includes(tzid)) problems.push(`${rel}: ${uid}: no VTIMEZONE ${tzid} in the file`);
        if (ev.endDate.compare(ev.startDate) <= 0) problems.push(`${rel}: ${uid}: ends before it starts`);
      }
    }
  }
  assert.deepEqual(problems, [], problems.slice(0, 30).join('\n'));
  t.diagnostic(`${feeds.length} feeds parsed`);
});

// The example at 2026-11-22: counts worked out from data/ (tests/integration/ics_test.py
// derives the same from the YAML): 42 sessions end on or after 24 August 2026 (90 days
// back); the agenda has five yearly items and four dated ranges ending after the cutoff.
const agendaText = feeds.includes('agenda.ics') ? fs.readFileSync(path.join(dir, 'agenda.ics'), 'utf8') : '';
const isExample = agendaText.includes('UID:week-tegen-kindermishandeling@');

function events(rel) {
  return parseFeed(rel).comp.getAllSubcomponents('vevent').map((ve) => new ICAL.Event(ve));
}

function yearOccurrences(ev, year) {
  const it = ev.iterator();
  const out = [];
  for (let next = it.next(); next && next.year <= year; next = it.next()) {
    if (next.year !== year) continue;
    const details = ev.getOccurrenceDetails(next);
    out.push(`${details.startDate.toString()}..${details.endDate.toString()}`);
  }
  return out;
}

test('example: event counts, RRULE dates, cancelled session', { skip: !isExample && 'not the example site' }, () => {
  assert.equal(events('trainingen.ics').length, 42, 'trainingen.ics');
  const agenda = events('agenda.ics');
  assert.equal(agenda.length, 9, 'agenda.ics');
  assert.equal(agenda.filter((e) => e.isRecurring()).length, 5, 'recurring agenda items');
  const byUid = new Map(agenda.map((e) => [e.uid.split('@')[0], e]));
  const week = byUid.get('week-tegen-kindermishandeling');
  assert.deepEqual(yearOccurrences(week, 2026), ['2026-11-16..2026-11-23']);  // exclusive end: 16-22 Nov
  assert.deepEqual(yearOccurrences(week, 2027), ['2027-11-15..2027-11-22']);
  const orange = byUid.get('orange-the-world');
  for (const year of [2026, 2027, 2028]) assert.deepEqual(yearOccurrences(orange, year), [`${year}-11-25..${year}-12-11`]);
  const sessions = events('trainingen.ics');
  const cancelled = sessions.filter((e) => e.component.getFirstPropertyValue('status') === 'CANCELLED').map((e) => e.uid.split('@')[0]);
  assert.deepEqual(cancelled, ['mensenhandel-herkennen-2027-01-14']);
  // The "Zet in agenda" file of that session says so too, with the same UID.
  const own = events('trainingen/mensenhandel-herkennen/2027-01-14.ics');
  assert.equal(own.length, 1);
  assert.equal(own[0].component.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(own[0].uid, sessions.find((e) => e.uid.startsWith('mensenhandel-herkennen-2027-01-14@')).uid);
  // A theme's feed: Week tegen Kindermishandeling is in kindermishandeling's.
  assert.ok(events('specialismen/kindermishandeling.ics').some((e) => e.uid.startsWith('week-tegen-kindermishandeling@')));
});
