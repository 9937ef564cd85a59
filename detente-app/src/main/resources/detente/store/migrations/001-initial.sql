-- Articles and what coding derives from them; one real-world event per events row.
CREATE SEQUENCE article_seq START 1;
CREATE SEQUENCE event_seq START 1;

CREATE TABLE articles (
    id              VARCHAR PRIMARY KEY,
    seq             BIGINT NOT NULL,
    title           VARCHAR,
    date            DATE,
    url             VARCHAR,
    source          VARCHAR,
    author          VARCHAR,
    language        VARCHAR,
    text            VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL UNIQUE,
    duplicate_group VARCHAR NOT NULL,
    outlet          VARCHAR NOT NULL,
    ingested_at     TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    first_token INTEGER NOT NULL,
    end_token   INTEGER NOT NULL
);

CREATE TABLE mentions (
    article_id  VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    first_token INTEGER NOT NULL,
    end_token   INTEGER NOT NULL,
    head        INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    code        VARCHAR,
    country     VARCHAR,
    actor_group VARCHAR,
    name        VARCHAR,
    via         VARCHAR,
    sponsor     VARCHAR
);

CREATE TABLE events (
    id             VARCHAR PRIMARY KEY,
    global_id      BIGINT NOT NULL,
    origin         VARCHAR NOT NULL,   -- 'detente' (coded here) or 'gdelt' (imported)
    date           DATE,
    source_key     VARCHAR,
    source_code    VARCHAR,
    source_country VARCHAR,
    source_group   VARCHAR,
    source_name    VARCHAR,
    target_key     VARCHAR,
    target_code    VARCHAR,
    target_country VARCHAR,
    target_group   VARCHAR,
    target_name    VARCHAR,
    cameo          VARCHAR NOT NULL,
    base_code      VARCHAR NOT NULL,
    root_code      VARCHAR NOT NULL,
    quad           INTEGER NOT NULL,
    goldstein      DOUBLE NOT NULL,
    plover_event   VARCHAR,
    plover_mode    VARCHAR,
    plover_context VARCHAR,
    place          VARCHAR,
    num_mentions   INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    avg_tone       DOUBLE,
    first_article  VARCHAR,
    source_url     VARCHAR,
    added_at       TIMESTAMP NOT NULL,
    gdelt_fields   VARCHAR[]           -- the 61 original fields of an imported GDELT row, as text
);

CREATE TABLE event_mentions (
    id             VARCHAR PRIMARY KEY, -- the coder's deterministic event id
    event_id       VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    date           DATE,
    sentence       INTEGER NOT NULL,
    sentence_text  VARCHAR NOT NULL,
    trigger_text   VARCHAR NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    rule           VARCHAR NOT NULL,
    confidence     DOUBLE NOT NULL,
    cameo          VARCHAR NOT NULL,
    root_code      VARCHAR NOT NULL,
    quad           INTEGER NOT NULL,
    goldstein      DOUBLE NOT NULL,
    plover_event   VARCHAR,
    plover_mode    VARCHAR,
    plover_context VARCHAR,
    source_code    VARCHAR,
    source_country VARCHAR,
    source_group   VARCHAR,
    source_name    VARCHAR,
    source_text    VARCHAR NOT NULL,
    source_start   INTEGER NOT NULL,
    source_end     INTEGER NOT NULL,
    target_code    VARCHAR,
    target_country VARCHAR,
    target_group   VARCHAR,
    target_name    VARCHAR,
    target_text    VARCHAR,
    target_start   INTEGER,
    target_end     INTEGER,
    place          VARCHAR
);
