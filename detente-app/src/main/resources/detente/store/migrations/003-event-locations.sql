-- Where events happened: the facts stage resolves each event's place against the gazetteer.
ALTER TABLE events ADD COLUMN place_country VARCHAR;
ALTER TABLE events ADD COLUMN place_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN place_lat DOUBLE;
ALTER TABLE events ADD COLUMN place_lon DOUBLE;
ALTER TABLE events ADD COLUMN place_precision VARCHAR;
ALTER TABLE event_mentions ADD COLUMN place_country VARCHAR;
ALTER TABLE event_mentions ADD COLUMN place_admin1 VARCHAR;
ALTER TABLE event_mentions ADD COLUMN place_lat DOUBLE;
ALTER TABLE event_mentions ADD COLUMN place_lon DOUBLE;
ALTER TABLE event_mentions ADD COLUMN place_precision VARCHAR;
