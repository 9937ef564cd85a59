-- Where and when, traced to the text: the place's name as the article gives it (the older place column holds the
-- phrase dedup compares), its level (point, city, admin1, region, country, sea), its span, and
-- how precise the event's date is (day, week, month, year, or reported when only the article's date is known)
-- with the time expression it came from. place_precision now says how the event came by its place (clause,
-- sentence, paragraph, dateline, article); rows written before this migration hold the old level values there.
ALTER TABLE events ADD COLUMN place_name VARCHAR;
ALTER TABLE events ADD COLUMN place_level VARCHAR;
ALTER TABLE events ADD COLUMN place_start INTEGER;
ALTER TABLE events ADD COLUMN place_end INTEGER;
ALTER TABLE events ADD COLUMN date_precision VARCHAR;
ALTER TABLE events ADD COLUMN date_text VARCHAR;
ALTER TABLE events ADD COLUMN date_start INTEGER;
ALTER TABLE events ADD COLUMN date_end INTEGER;
ALTER TABLE event_mentions ADD COLUMN place_name VARCHAR;
ALTER TABLE event_mentions ADD COLUMN place_level VARCHAR;
ALTER TABLE event_mentions ADD COLUMN place_start INTEGER;
ALTER TABLE event_mentions ADD COLUMN place_end INTEGER;
ALTER TABLE event_mentions ADD COLUMN date_precision VARCHAR;
ALTER TABLE event_mentions ADD COLUMN date_text VARCHAR;
ALTER TABLE event_mentions ADD COLUMN date_start INTEGER;
ALTER TABLE event_mentions ADD COLUMN date_end INTEGER;
