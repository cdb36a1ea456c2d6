-- Demo: the stores' managers read alerts and the daily digest at these addresses (Mailpit shows them under docker compose).
update store set manager_email = 'manager.sh01@cakeflow.example' where code = 'SH01';
update store set manager_email = 'manager.sh02@cakeflow.example' where code = 'SH02';
