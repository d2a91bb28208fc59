-- The federation policy (seed: Presence > Inter Domain Federation > XMPP Federation > Policy),
-- kept cluster-wide: one row for the default and the revision, one row per exception, one row per
-- change in the audit history, and which revision each node has applied.
-- Standard SQL that runs on H2 2.x and PostgreSQL alike (see V1).

CREATE TABLE federation_policy (
  id                INTEGER NOT NULL,
  allow_by_default  BOOLEAN NOT NULL,
  revision          BIGINT  NOT NULL,
  CONSTRAINT pk_federation_policy PRIMARY KEY (id),
  CONSTRAINT ck_federation_policy_single CHECK (id = 1)
);
-- Allow with no exceptions: what every node did before the policy existed.
INSERT INTO federation_policy (id, allow_by_default, revision) VALUES (1, TRUE, 0);

-- entry: a normalized domain or host, or a wildcard such as *.example.com.
CREATE TABLE federation_policy_exceptions (
  entry      VARCHAR(1025) NOT NULL,
  direction  VARCHAR(8)    NOT NULL,
  CONSTRAINT pk_federation_policy_exceptions PRIMARY KEY (entry),
  CONSTRAINT ck_federation_policy_direction CHECK (direction IN ('all', 'incoming', 'outgoing'))
);

-- Who changed what, when; before and after in the policy's one-line text form.
CREATE TABLE federation_policy_history (
  revision       BIGINT                   NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by     VARCHAR(3071)            NOT NULL,
  change_text    VARCHAR(4000)            NOT NULL,
  policy_before  VARCHAR                  NOT NULL,
  policy_after   VARCHAR                  NOT NULL,
  CONSTRAINT pk_federation_policy_history PRIMARY KEY (revision)
);

-- The revision each node enforces since its last Router or federation restart.
CREATE TABLE federation_policy_applied (
  node        VARCHAR(255)             NOT NULL,
  revision    BIGINT                   NOT NULL,
  applied_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_federation_policy_applied PRIMARY KEY (node)
);
