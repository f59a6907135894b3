-- Further private links of an inbox case: the receipt's link stays in inbox_case.access_hash;
-- every reply the office mails to a sender who is not signed in carries a fresh link, stored
-- here as the SHA-256 of its secret (the secret itself is only in the mail). Every link of a
-- case opens it while the case is open and for a while after its close (the application's rule).

CREATE TABLE inbox_case_link (
    id BIGSERIAL PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES inbox_case (id),
    access_hash TEXT NOT NULL UNIQUE,
    issued_at BIGINT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX inbox_case_link_case ON inbox_case_link (case_id);

-- News items may link cooperation projects too (by slug), which then show the news.
ALTER TABLE news_link DROP CONSTRAINT news_link_target_kind_check;
ALTER TABLE news_link ADD CONSTRAINT news_link_target_kind_check CHECK (target_kind IN ('association', 'meeting', 'project'));
