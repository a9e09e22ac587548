--
-- ------------------------------------------------------

/*!40101 SET NAMES utf8mb4 */;

--
-- Table structure for table `items`
--

DROP TABLE IF EXISTS `items`;
CREATE TABLE `items` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `note` varchar(40) DEFAULT 'AUTO_INCREMENT=7',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
DELIMITER ;;
/*!50003 CREATE*/ /*!50017 DEFINER=<owner>*/ /*!50003 TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW
SET NEW.note = 'x' */;;
DELIMITER ;

--
-- Dumping routines for database '<database>'
--

/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=<owner> SQL SECURITY DEFINER */
/*!50001 VIEW `item_ids` AS select `<database>`.`items`.`id` AS `id` from `<database>`.`items` */;

