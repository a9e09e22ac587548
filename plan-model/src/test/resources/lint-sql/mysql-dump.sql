-- a schema dump as mysqldump writes it: versioned comments hold code, DELIMITER changes what ends a statement
/*M!999999\- enable the sandbox mode */
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop_stock` /*!40100 DEFAULT CHARACTER SET utf8mb4 */;
USE `shop_stock`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE IF NOT EXISTS `stock_items` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `sku` varchar(40) NOT NULL,
  `qty` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `stock_items_sku` (`sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `stock_items_bi` BEFORE INSERT ON `stock_items`
FOR EACH ROW BEGIN
  IF NEW.qty < 0 THEN SET NEW.qty = 0; END IF;
END */;;
DELIMITER ;
/*!50003 SET sql_mode              = @saved_sql_mode */ ;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`127.0.0.1` SQL SECURITY DEFINER */
/*!50001 VIEW `low_stock` AS select `s`.`sku` AS `sku` from `stock_items` `s` where `s`.`qty` < 5 */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
-- a table the dump did not create: rebuilt in place, which is reported after every block above was read
ALTER TABLE legacy_items ENGINE=InnoDB;
