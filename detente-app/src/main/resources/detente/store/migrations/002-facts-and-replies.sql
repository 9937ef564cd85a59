-- Facts (quotes, quantities, places), extraction metadata on articles, and replies for discussion.
ALTER TABLE articles ADD COLUMN extractor VARCHAR;
ALTER TABLE articles ADD COLUMN extraction VARCHAR;  -- JSON: how the text was obtained

CREATE TABLE quotes (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    speaker_code VARCHAR,
    speaker_name VARCHAR,
    speaker_text VARCHAR,
    verb         VARCHAR
);

CREATE TABLE quantities (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    kind       VARCHAR NOT NULL,
    low        DOUBLE NOT NULL,
    high       DOUBLE NOT NULL,
    unit       VARCHAR,
    text       VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    event_id   VARCHAR
);

CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);

CREATE SEQUENCE reply_seq START 1;
CREATE TABLE replies (
    id          BIGINT PRIMARY KEY,
    target_kind VARCHAR NOT NULL CHECK (target_kind IN ('article', 'event')),
    target_id   VARCHAR NOT NULL,
    name        VARCHAR,
    email       VARCHAR,               -- never exported
    website     VARCHAR,
    text        VARCHAR NOT NULL,
    verdict     VARCHAR,
    status      VARCHAR NOT NULL DEFAULT 'pending',
    created_at  TIMESTAMP NOT NULL
);
