-- What the demo loader has added (or found already there), by a stable key such as
-- 'category:politics'. An item listed here is never loaded again, whatever editors did to it since.
CREATE TABLE demo_item (
    item_key  VARCHAR(300) PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
