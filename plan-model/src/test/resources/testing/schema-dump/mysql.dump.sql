-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: 127.0.0.1    Database: pstest_source_1_abc
-- ------------------------------------------------------
-- Server version	10.11.19-MariaDB-0+deb12u1

/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `items`
--

DROP TABLE IF EXISTS `items`;
CREATE TABLE `items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `note` varchar(40) DEFAULT 'AUTO_INCREMENT=7',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`127.0.0.1`*/ /*!50003 TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW
SET NEW.note = 'x' */;;
DELIMITER ;

--
-- Dumping routines for database 'pstest_source_1_abc'
--

/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`app``user`@`%` SQL SECURITY DEFINER */
/*!50001 VIEW `item_ids` AS select `pstest_source_1_abc`.`items`.`id` AS `id` from `pstest_source_1_abc`.`items` */;

-- Dump completed on 2026-12-07 10:35:54
