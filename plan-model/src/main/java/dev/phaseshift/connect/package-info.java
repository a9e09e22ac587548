/** Connection details: JDBC URLs taken apart, with secrets kept out of anything printed. */
package dev.phaseshift.connect;
