-- Demo data: the other names the demo flavors go by.
update flavor set aliases = '朱古力,巧克力味,choc,choco' where code = 'CHOCOLATE';
update flavor set aliases = '士多啤梨,strawberries' where code = 'STRAWBERRY';
update flavor set aliases = '芒果味,mangoes' where code = 'MANGO';
update flavor set aliases = 'green tea,抹茶味' where code = 'MATCHA';
update flavor set aliases = '云呢拿,原味' where code = 'VANILLA';
update flavor set aliases = '提拉米蘇,tiramisù' where code = 'TIRAMISU';
update flavor set aliases = '黑森林蛋糕,schwarzwald' where code = 'BLACK_FOREST';
update flavor set aliases = '红丝绒蛋糕,redvelvet' where code = 'RED_VELVET';
update flavor set aliases = '猫山王,榴蓮' where code = 'DURIAN';
update flavor set aliases = '芋头,香芋,芋泥波波' where code = 'TARO';
update flavor set aliases = '起司,乳酪,奶酪,cheesecake,芝士蛋糕' where code = 'CHEESE';
update flavor set aliases = '鲜果,水果蛋糕,fruit,fruits' where code = 'FRUIT';
