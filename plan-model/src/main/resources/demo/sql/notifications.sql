-- Phaseshift demo estate: notifications service (database shop_notifications).
-- Engine: MariaDB 10.11 / MySQL 8 (InnoDB, utf8mb4).
-- Owns message templates, delivery providers, customer channel preferences, outgoing messages
-- and delivery attempts, marketing campaigns, suppression lists and provider webhooks.

CREATE TABLE IF NOT EXISTS templates (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(64)  NOT NULL,
    channel    ENUM('email', 'sms', 'push') NOT NULL,
    locale     VARCHAR(10)  NOT NULL DEFAULT 'en-GB',
    version    INT          NOT NULL DEFAULT 1,
    subject    VARCHAR(200) NULL,
    body       TEXT         NOT NULL,
    is_active  TINYINT(1)   NOT NULL DEFAULT 1,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY templates_code_channel_locale_version_uq (code, channel, locale, version),
    CONSTRAINT templates_version_ck CHECK (version > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Versioned message templates (Mustache syntax).';

CREATE TABLE IF NOT EXISTS channel_providers (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    channel    ENUM('email', 'sms', 'push') NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    priority   SMALLINT     NOT NULL DEFAULT 100,
    config     JSON         NULL COMMENT 'Non-secret settings; credentials live in the vault',
    is_active  TINYINT(1)   NOT NULL DEFAULT 1,
    PRIMARY KEY (id),
    UNIQUE KEY channel_providers_channel_name_uq (channel, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS customer_preferences (
    customer_id       BIGINT      NOT NULL COMMENT 'customers.customers.id in shop_customers',
    email_opt_in      TINYINT(1)  NOT NULL DEFAULT 1,
    sms_opt_in        TINYINT(1)  NOT NULL DEFAULT 0,
    push_opt_in       TINYINT(1)  NOT NULL DEFAULT 0,
    marketing_opt_in  TINYINT(1)  NOT NULL DEFAULT 0,
    locale            VARCHAR(10) NOT NULL DEFAULT 'en-GB',
    quiet_hours_start TIME        NULL,
    quiet_hours_end   TIME        NULL,
    updated_at        DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (customer_id),
    CONSTRAINT customer_preferences_quiet_ck CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS messages (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id         BIGINT       NULL COMMENT 'customers.customers.id in shop_customers',
    customer_uuid       CHAR(36)     NULL COMMENT 'customers.customers.public_id (uuid) in shop_customers',
    order_id            BIGINT       NULL COMMENT 'orders.orders.id in shop_orders, for transactional messages',
    template_id         BIGINT       NULL,
    provider_id         BIGINT       NULL,
    channel             ENUM('email', 'sms', 'push') NOT NULL,
    recipient           VARCHAR(255) NOT NULL COMMENT 'E-mail address, phone number or device token',
    subject             VARCHAR(200) NULL,
    body                TEXT         NOT NULL,
    status              ENUM('queued', 'sent', 'delivered', 'bounced', 'failed') NOT NULL DEFAULT 'queued',
    provider_message_id VARCHAR(128) NULL,
    created_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    sent_at             DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY messages_provider_message_uq (provider_id, provider_message_id),
    KEY messages_customer_created_idx (customer_id, created_at),
    KEY messages_order_idx (order_id),
    KEY messages_status_created_idx (status, created_at),
    KEY messages_recipient_idx (recipient(64)),
    FULLTEXT KEY messages_content_ft (subject, body),
    CONSTRAINT messages_template_fk FOREIGN KEY (template_id)
        REFERENCES templates (id) ON DELETE SET NULL,
    CONSTRAINT messages_provider_fk FOREIGN KEY (provider_id)
        REFERENCES channel_providers (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Every outgoing message, transactional or marketing.';

CREATE TABLE IF NOT EXISTS message_attempts (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    message_id   BIGINT       NOT NULL,
    attempt_no   SMALLINT     NOT NULL,
    status       ENUM('success', 'soft_fail', 'hard_fail') NOT NULL,
    error_code   VARCHAR(32)  NULL,
    error_detail VARCHAR(500) NULL,
    attempted_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY message_attempts_message_attempt_uq (message_id, attempt_no),
    CONSTRAINT message_attempts_message_fk FOREIGN KEY (message_id)
        REFERENCES messages (id) ON DELETE CASCADE,
    CONSTRAINT message_attempts_attempt_ck CHECK (attempt_no BETWEEN 1 AND 10)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS campaigns (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    name         VARCHAR(150) NOT NULL,
    template_id  BIGINT       NOT NULL,
    segment      JSON         NULL COMMENT 'Audience filter evaluated against customer_preferences',
    status       ENUM('draft', 'scheduled', 'sending', 'sent', 'cancelled') NOT NULL DEFAULT 'draft',
    scheduled_at DATETIME(6)  NULL,
    created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY campaigns_status_scheduled_idx (status, scheduled_at),
    CONSTRAINT campaigns_template_fk FOREIGN KEY (template_id)
        REFERENCES templates (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS campaign_recipients (
    campaign_id BIGINT      NOT NULL,
    customer_id BIGINT      NOT NULL COMMENT 'customers.customers.id in shop_customers',
    message_id  BIGINT      NULL,
    added_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (campaign_id, customer_id),
    KEY campaign_recipients_customer_idx (customer_id),
    CONSTRAINT campaign_recipients_campaign_fk FOREIGN KEY (campaign_id)
        REFERENCES campaigns (id) ON DELETE CASCADE,
    CONSTRAINT campaign_recipients_message_fk FOREIGN KEY (message_id)
        REFERENCES messages (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS suppressions (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    recipient  VARCHAR(255) NOT NULL,
    channel    ENUM('email', 'sms', 'push') NOT NULL,
    reason     ENUM('unsubscribed', 'hard_bounce', 'complaint', 'manual') NOT NULL,
    created_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY suppressions_recipient_channel_uq (recipient, channel)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Addresses that must not be contacted on a channel.';

CREATE TABLE IF NOT EXISTS webhook_events (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id  BIGINT       NOT NULL,
    external_id  VARCHAR(128) NOT NULL COMMENT 'Event id assigned by the provider, used for de-duplication',
    event_type   VARCHAR(64)  NOT NULL,
    payload      JSON         NOT NULL,
    received_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    processed_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY webhook_events_provider_external_uq (provider_id, external_id),
    KEY webhook_events_unprocessed_idx (processed_at, received_at),
    CONSTRAINT webhook_events_provider_fk FOREIGN KEY (provider_id)
        REFERENCES channel_providers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Views ---------------------------------------------------------------------

CREATE OR REPLACE VIEW message_delivery_stats AS
SELECT m.channel,
       COALESCE(t.code, 'ad_hoc')                             AS template_code,
       COUNT(*)                                               AS messages_total,
       SUM(CASE WHEN m.status = 'delivered' THEN 1 ELSE 0 END) AS delivered,
       SUM(CASE WHEN m.status IN ('bounced', 'failed') THEN 1 ELSE 0 END) AS failed,
       MAX(m.created_at)                                      AS last_created_at
FROM messages m
LEFT JOIN templates t ON t.id = m.template_id
GROUP BY m.channel, t.code;

CREATE OR REPLACE VIEW order_message_log AS
SELECT m.order_id,
       m.customer_id,
       m.channel,
       t.code      AS template_code,
       m.status,
       m.sent_at,
       (SELECT COUNT(*) FROM message_attempts a WHERE a.message_id = m.id) AS attempts
FROM messages m
LEFT JOIN templates t ON t.id = m.template_id
WHERE m.order_id IS NOT NULL;

-- Sample data ---------------------------------------------------------------

INSERT IGNORE INTO templates (id, code, channel, locale, version, subject, body, is_active, created_at) VALUES
    (1, 'order_confirmation', 'email', 'en-GB', 2, 'Your order {{order_number}} is confirmed', 'Hi {{first_name}}, thanks for your order of {{total}}.', 1, '2023-09-01 08:00:00.000000'),
    (2, 'order_confirmation', 'sms',   'en-GB', 1, NULL, 'Order {{order_number}} confirmed. Total {{total}}.', 1, '2023-09-01 08:00:00.000000'),
    (3, 'shipment_dispatched', 'email', 'en-GB', 1, 'Your order is on its way', 'Track your parcel here: {{tracking_url}}', 1, '2023-09-01 08:00:00.000000'),
    (4, 'payment_failed',     'email', 'en-GB', 1, 'Payment for order {{order_number}} failed', 'We could not charge your card. Please update your payment details.', 1, '2023-09-01 08:00:00.000000'),
    (5, 'refund_issued',      'email', 'en-GB', 1, 'Your refund is on its way', 'We refunded {{amount}} to your original payment method.', 1, '2023-09-01 08:00:00.000000'),
    (6, 'order_cancelled',    'email', 'en-GB', 1, 'Order {{order_number}} cancelled', 'Your order was cancelled and you have not been charged.', 1, '2023-09-01 08:00:00.000000'),
    (7, 'newsletter_spring',  'email', 'en-GB', 1, 'Spring brewing guide', 'Five recipes for lighter roasts, plus 5 EUR off with SPRING5.', 1, '2024-02-25 08:00:00.000000'),
    (8, 'order_confirmation', 'email', 'en-GB', 1, 'Order {{order_number}} confirmed', 'Thanks for your order.', 0, '2023-03-01 08:00:00.000000');

INSERT IGNORE INTO channel_providers (id, channel, name, priority, config, is_active) VALUES
    (1, 'email', 'postmark', 10,  '{"stream": "outbound", "track_opens": true}', 1),
    (2, 'email', 'ses',      50,  '{"region": "eu-central-1"}', 1),
    (3, 'sms',   'twilio',   10,  '{"messaging_service": "shop-eu"}', 1),
    (4, 'push',  'fcm',      10,  NULL, 1);

INSERT IGNORE INTO customer_preferences (customer_id, email_opt_in, sms_opt_in, push_opt_in, marketing_opt_in, locale, quiet_hours_start, quiet_hours_end, updated_at) VALUES
    (1, 1, 0, 1, 1, 'de-DE', '22:00:00', '07:00:00', '2024-02-18 17:41:00.000000'),
    (2, 1, 0, 0, 0, 'pt-PT', NULL,       NULL,       '2023-12-01 14:31:00.000000'),
    (3, 1, 1, 0, 1, 'nl-NL', NULL,       NULL,       '2024-02-01 10:00:00.000000'),
    (4, 1, 0, 0, 0, 'de-AT', NULL,       NULL,       '2024-02-02 19:46:00.000000'),
    (5, 1, 0, 0, 1, 'da-DK', '21:00:00', '08:00:00', '2024-02-20 07:31:00.000000');

INSERT IGNORE INTO messages (id, customer_id, customer_uuid, order_id, template_id, provider_id, channel, recipient, subject, body, status, provider_message_id, created_at, sent_at) VALUES
    (1, 1, '3f6c2a9e-8b1d-4c7e-9a2f-1b5d7e9c0a11', 1,    1, 1, 'email', 'alice.novak@example.com', 'Your order SO-2024-0001 is confirmed', 'Hi Alice, thanks for your order of 62.01 EUR.', 'delivered', 'pm-7f3a9c20-0001', '2024-03-02 10:15:45.000000', '2024-03-02 10:15:47.000000'),
    (2, 1, '3f6c2a9e-8b1d-4c7e-9a2f-1b5d7e9c0a11', 1,    3, 1, 'email', 'alice.novak@example.com', 'Your order is on its way', 'Track your parcel here: https://track.dhl.example/?piececode=00340434161094021', 'delivered', 'pm-7f3a9c20-0002', '2024-03-03 13:01:00.000000', '2024-03-03 13:01:02.000000'),
    (3, 2, '7b2e4d10-5c3a-4f8b-b1d6-2e9f0a4c8d22', 2,    1, 1, 'email', 'bruno.silva@example.net', 'Your order SO-2024-0002 is confirmed', 'Hi Bruno, thanks for your order of 161.32 EUR.', 'delivered', 'pm-7f3a9c20-0003', '2024-03-04 18:21:15.000000', '2024-03-04 18:21:16.000000'),
    (4, 2, '7b2e4d10-5c3a-4f8b-b1d6-2e9f0a4c8d22', 2,    5, 1, 'email', 'bruno.silva@example.net', 'Your refund is on its way', 'We refunded 31.59 EUR to your original payment method.', 'sent', 'pm-7f3a9c20-0004', '2024-03-12 16:00:30.000000', '2024-03-12 16:00:31.000000'),
    (5, 1, '3f6c2a9e-8b1d-4c7e-9a2f-1b5d7e9c0a11', 3,    3, 1, 'email', 'alice.novak@example.com', 'Your order is on its way', 'Track your parcel here: https://track.dhl.example/?piececode=00340434161094038', 'delivered', 'pm-7f3a9c20-0005', '2024-03-12 07:46:00.000000', '2024-03-12 07:46:02.000000'),
    (6, 3, 'c4a19e73-0d2b-4e6f-8c5a-93b7d1e2f033', 4,    2, 3, 'sms',   '+31105550103',            NULL, 'Order SO-2024-0004 confirmed. Total 64.94 EUR.', 'sent', 'SM8f1c2b3a4d5e6f708192a3b4c5d6e7f8', '2024-03-13 14:41:30.000000', '2024-03-13 14:41:31.000000'),
    (7, 4, 'e8d3b5f2-6a7c-4b1d-9e0f-4c2a8b6d1e44', 5,    4, 2, 'email', 'dana.okafor@example.com', 'Payment for order SO-2024-0005 failed', 'We could not charge your card. Please update your payment details.', 'bounced', '0102018e4a7b-ses-000007', '2024-03-15 20:11:00.000000', '2024-03-15 20:11:05.000000'),
    (8, 1, '3f6c2a9e-8b1d-4c7e-9a2f-1b5d7e9c0a11', NULL, 7, 1, 'email', 'alice.novak@example.com', 'Spring brewing guide', 'Five recipes for lighter roasts, plus 5 EUR off with SPRING5.', 'queued', NULL, '2024-03-16 06:00:00.000000', NULL),
    (9, 5, '19f0a6c4-2b8e-4d3a-a5c7-6e1b9d0f2a55', 6,    6, 1, 'email', 'emil.larsen@example.com', 'Order SO-2024-0006 cancelled', 'Your order was cancelled and you have not been charged.', 'delivered', 'pm-7f3a9c20-0009', '2024-03-06 15:31:00.000000', '2024-03-06 15:31:01.000000');

INSERT IGNORE INTO message_attempts (id, message_id, attempt_no, status, error_code, error_detail, attempted_at) VALUES
    (1, 1, 1, 'success',   NULL,       NULL, '2024-03-02 10:15:47.000000'),
    (2, 3, 1, 'success',   NULL,       NULL, '2024-03-04 18:21:16.000000'),
    (3, 7, 1, 'soft_fail', '421',      '4.2.1 Mailbox temporarily unavailable, retry scheduled', '2024-03-15 20:11:01.000000'),
    (4, 7, 2, 'hard_fail', '550',      '5.1.1 Recipient address rejected by remote server', '2024-03-15 20:11:05.000000'),
    (5, 6, 1, 'success',   NULL,       NULL, '2024-03-13 14:41:31.000000');

INSERT IGNORE INTO campaigns (id, name, template_id, segment, status, scheduled_at, created_at) VALUES
    (1, 'Spring brewing guide 2024', 7, '{"marketing_opt_in": true, "locales": ["de-DE", "nl-NL", "da-DK"]}', 'sending', '2024-03-16 06:00:00.000000', '2024-02-25 09:00:00.000000'),
    (2, 'Black Friday 2024 teaser',  7, NULL, 'draft', NULL, '2024-03-10 12:00:00.000000');

INSERT IGNORE INTO campaign_recipients (campaign_id, customer_id, message_id, added_at) VALUES
    (1, 1, 8,    '2024-03-16 05:55:00.000000'),
    (1, 3, NULL, '2024-03-16 05:55:00.000000'),
    (1, 5, NULL, '2024-03-16 05:55:00.000000');

INSERT IGNORE INTO suppressions (id, recipient, channel, reason, created_at) VALUES
    (1, 'dana.okafor@example.com', 'email', 'hard_bounce', '2024-03-15 20:11:06.000000'),
    (2, 'frida.berg@example.com',  'email', 'unsubscribed', '2024-01-30 16:20:00.000000');

INSERT IGNORE INTO webhook_events (id, provider_id, external_id, event_type, payload, received_at, processed_at) VALUES
    (1, 1, 'pm-evt-7f3a9c20-0001', 'Delivery', '{"MessageID": "pm-7f3a9c20-0001", "Recipient": "alice.novak@example.com"}', '2024-03-02 10:15:50.000000', '2024-03-02 10:15:51.000000'),
    (2, 2, 'ses-evt-000007-bounce', 'Bounce', '{"bounceType": "Permanent", "messageId": "0102018e4a7b-ses-000007"}', '2024-03-15 20:11:06.000000', '2024-03-15 20:11:07.000000'),
    (3, 3, 'tw-evt-SM8f1c2b3a4d', 'delivered', '{"MessageSid": "SM8f1c2b3a4d5e6f708192a3b4c5d6e7f8", "MessageStatus": "delivered"}', '2024-03-13 14:41:40.000000', NULL);
