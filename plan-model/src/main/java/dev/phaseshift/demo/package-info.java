/** The bundled demo estate (an online shop of seven services) and the code that creates it in real databases. */
package dev.phaseshift.demo;
