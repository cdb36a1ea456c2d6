-- Demo data: allergens of the demo flavors (every sponge has milk, egg and wheat gluten).
update flavor set allergens = '乳,蛋,麸质,大豆' where code in ('CHOCOLATE', 'BLACK_FOREST');
update flavor set allergens = '乳,蛋,麸质' where code in ('STRAWBERRY', 'MANGO', 'MATCHA', 'VANILLA', 'RED_VELVET', 'DURIAN', 'TARO', 'CHEESE', 'FRUIT');
update flavor set allergens = '乳,蛋,麸质,咖啡因,酒精' where code = 'TIRAMISU';
