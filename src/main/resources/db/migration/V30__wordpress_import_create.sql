-- WordPress imports: what each item of an export became here, so that running the same import
-- again adds nothing twice. source is the export's site address; item_key says what the item was
-- (post:123, attachment:611, category:nicename, tag:nicename, author:login).
CREATE TABLE wordpress_item (
    source      VARCHAR(500)             NOT NULL,
    item_key    VARCHAR(300)             NOT NULL,
    target_id   BIGINT                   NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, item_key)
);

-- Old WordPress addresses that answer 301 to what they became: the path percent-decoded, in NFC,
-- lower case and without its trailing slash (/2025/03/01/slug, /category/parent/child), or /?p=123.
-- Looked up only when nothing else answered an address.
CREATE TABLE wordpress_redirect (
    old_path    VARCHAR(1000) NOT NULL PRIMARY KEY,
    target_kind VARCHAR(20)   NOT NULL,
    target_id   BIGINT        NOT NULL,
    CONSTRAINT wordpress_redirect_kind CHECK (target_kind IN ('ARTICLE', 'CATEGORY', 'TAG', 'AUTHOR'))
);
