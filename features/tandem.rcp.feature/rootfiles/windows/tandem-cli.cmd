@echo off
rem Tandem's headless command line. Run "tandem-cli --help" for the commands. Needs Java 17 or newer.
setlocal
set "HERE=%~dp0"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined TANDEM_CLI_VM_OPTIONS set "TANDEM_CLI_VM_OPTIONS=-Xmx1g"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java.exe")
"%JAVA%" "-Djava.util.logging.config.file=%HERE%lib\logging.properties" -Djava.awt.headless=true %TANDEM_CLI_VM_OPTIONS% -jar "%LAUNCHER%" -application tandem.cli.app -nosplash -data @none %*
exit /b %ERRORLEVEL%
