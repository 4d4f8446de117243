-- How a cardholder's order was opened (QR, H5 = WeChat H5 pay, WAP = Alipay phone site); null
-- for a terminal's payment-code sale, and a cardholder's order from before this reads as QR.
-- pay_url then holds the address the phone goes to; an Alipay WAP address carries its whole
-- signed request, so the column grows.
ALTER TABLE payment_order ADD pay_mode NVARCHAR(8) NULL;
ALTER TABLE payment_order ALTER COLUMN pay_url NVARCHAR(2048) NULL;
