-- Recipes get a header with the yield (how many units one batch makes: 1 cake, 4 sponge bases, 2,000 ml of cream);
-- a recipe line may be written in the unit the baker thinks in (kg, l, tsp, eggs by weight ...) and carries a loss
-- rate (share of the stock quantity lost in preparation: hulling strawberries, batter left in the bowl).
-- Stock needed per unit made = quantity × conversion factor ÷ (1 − loss rate) ÷ yield.
create table recipe (
    product_code    varchar(40)    not null,
    size_inches     integer        not null,
    yield_quantity  numeric(12, 3) not null default 1,
    note            varchar(200),
    primary key (product_code, size_inches),
    constraint ck_recipe_yield_positive check (yield_quantity > 0)
);
insert into recipe (product_code, size_inches) select distinct product_code, size_inches from recipe_line;

alter table recipe_line alter column quantity set data type numeric(12, 3);
alter table recipe_line add column unit varchar(8);
alter table recipe_line add column loss_rate numeric(5, 4) default 0 not null;
alter table recipe_line add constraint ck_recipe_line_loss check (loss_rate >= 0 and loss_rate < 1);
alter table recipe_line add constraint ck_recipe_line_quantity check (quantity > 0);
alter table recipe_line add constraint fk_recipe_line_recipe foreign key (product_code, size_inches) references recipe (product_code, size_inches);

-- Unit conversions: 1 from_unit = factor to_unit. unit_conversion holds for every item (1 kg = 1,000 g);
-- item_unit_conversion for one item only, and wins (1 g of egg = 0.02 eggs: one egg weighs 50 g).
create table unit_conversion (
    from_unit  varchar(8)     not null,
    to_unit    varchar(8)     not null,
    factor     numeric(18, 6) not null,
    primary key (from_unit, to_unit),
    constraint ck_unit_conversion_factor check (factor > 0)
);
create table item_unit_conversion (
    item_code  varchar(40)    not null references inventory_item (code),
    from_unit  varchar(8)     not null,
    to_unit    varchar(8)     not null,
    factor     numeric(18, 6) not null,
    primary key (item_code, from_unit, to_unit),
    constraint ck_item_unit_conversion_factor check (factor > 0)
);
insert into unit_conversion (from_unit, to_unit, factor) values
 ('kg', 'g', 1000),
 ('斤', 'g', 500),
 ('两', 'g', 50),
 ('l', 'ml', 1000),
 ('tbsp', 'ml', 15),
 ('tsp', 'ml', 5),
 ('dozen', 'pcs', 12);

-- Transfers between stores: each side of a transfer names the other store.
alter table stock_movement add column peer_store_id bigint references store (id);

-- What each order's reservation is needed for, so confirmed orders can be forecast by day.
create table stock_reservation (
    order_id    bigint primary key,
    store_id    bigint not null references store (id),
    needed_by   timestamp with time zone not null
);
create index ix_stock_reservation_day on stock_reservation (store_id, needed_by);
