-- Approvals a named kind of reviewer must give before an article is published (legal review,
-- the military censor...). The kinds themselves are configuration (iton.newsroom.reviews), so
-- they are stored as codes without a check. A kind is required for every article of a category,
-- or for one article; who may give which kind is granted per account by administrators.
CREATE TABLE category_review (
    category_id BIGINT      NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    kind        VARCHAR(30) NOT NULL,
    PRIMARY KEY (category_id, kind)
);

CREATE TABLE article_review (
    article_id BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind       VARCHAR(30) NOT NULL,
    PRIMARY KEY (article_id, kind)
);

CREATE TABLE review_grant (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- The latest approval of each kind; it counts only while the article's content_version is the
-- one it was given at.
CREATE TABLE article_approval (
    article_id      BIGINT      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind            VARCHAR(30) NOT NULL,
    approved_by     BIGINT      REFERENCES app_user (id) ON DELETE SET NULL,
    approved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content_version INTEGER     NOT NULL,
    PRIMARY KEY (article_id, kind)
);
