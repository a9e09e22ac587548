@echo off
rem Launcher of the phaseshift command line on Windows; needs Java 17 or newer on PATH or in JAVA_HOME.
rem The client compiler and the serial collector: a command runs for seconds (see bin/phaseshift).
set "PHASESHIFT_JAVA=java"
if defined JAVA_HOME set "PHASESHIFT_JAVA=%JAVA_HOME%\bin\java"
"%PHASESHIFT_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %PHASESHIFT_JAVA_OPTS% -jar "%~dp0..\lib\phaseshift.jar" %*
