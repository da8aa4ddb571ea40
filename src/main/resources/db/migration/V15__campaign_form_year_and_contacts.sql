-- The year the campaign's forms and summary are titled with (the 2020 campaign prints
-- 《2019年困难职工情况汇总表》), and the notice's contacts: 联系人 and 电话, 网站技术人员 and 电话.
ALTER TABLE campaign ADD COLUMN form_year INT;
ALTER TABLE campaign ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE campaign ADD COLUMN contact_phone VARCHAR(50);
ALTER TABLE campaign ADD COLUMN tech_contact_name VARCHAR(50);
ALTER TABLE campaign ADD COLUMN tech_contact_phone VARCHAR(50);
UPDATE campaign SET form_year = campaign_year - 1;
