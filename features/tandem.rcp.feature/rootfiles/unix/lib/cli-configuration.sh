# Sourced by tandem-cli: sets $cli_configuration to the command line's own OSGi configuration area, made from the
# installation's on the first run and again whenever the installation's bundles change (tandem-install);
# $cli_archive to its class-data sharing archive for this Java ($java_version, in $java_home); and $cli_launcher,
# $cli_framework and $cli_starter to unsigned copies of the launcher and framework jars in it and the bundle that
# installs the others (see below). All speed up the start (see docs/PERFORMANCE.md, "Command-line start"). They stay
# empty where no folder is writable: tandem-cli then starts as the workbench does, with every bundle.
#
# The configuration lists every installed bundle except the workbench's (user interface, p2 and its transport, the
# launcher; patterns in lib/cli-bundles-excluded.txt), so that commands contributed by any other bundle, including
# one installed later, are there. The log4j provider bundle is started instead of SPI Fly, which finds it for the
# workbench but costs a third of a second at every start. SPI Fly is installed but never started: bundles that require
# the service-loader extender to resolve (slf4j-api, and so JGit and the team commands) resolve, and nothing pays for
# weaving.
main_configuration=$here/configuration
if [ -w "$main_configuration" ]; then
  cli_configuration=$main_configuration/tandem.cli
elif [ -n "${XDG_CACHE_HOME:-}${HOME:-}" ]; then
  # A read-only installation: a folder of the user's, one per installation.
  cli_configuration=$(user_cache_folder cli)
else
  cli_configuration=
fi
cli_archive=
if [ -n "$cli_configuration" ]; then
  bundles=$main_configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
  if [ ! -f "$cli_configuration/config.ini" ] || [ "$main_configuration/config.ini" -nt "$cli_configuration/config.ini" ] \
      || [ "$bundles" -nt "$cli_configuration/config.ini" ]; then
    new=$cli_configuration/.new.$$
    if mkdir -p "$cli_configuration" 2>/dev/null \
        && { grep -v -f "$here/lib/cli-bundles-excluded.txt" "$bundles" \
               | sed 's/^\(org\.apache\.logging\.log4j\.to\.jul,[^,]*,[^,]*\),[0-9]*,false/\1,2,true/'
             grep '^org\.apache\.aries\.spifly\.dynamic\.bundle,' "$bundles" \
               | sed 's/^\([^,]*,[^,]*,[^,]*\),[0-9]*,[a-z]*$/\1,4,false/'
             true; } >"$new.bundles" \
        && { sed -e '/^osgi\.framework\.extensions=/d' -e '/^eclipse\.application=/d' -e '/^eclipse\.product=/d' \
               -e '/^eclipse\.p2\./d' -e '/^org\.eclipse\.equinox\.simpleconfigurator\.configUrl=/d' \
               "$main_configuration/config.ini" \
             && printf '%s\n' 'eclipse.application=tandem.cli.app' \
               'org.eclipse.equinox.simpleconfigurator.configUrl=file\:bundles.info' \
               'osgi.configuration.cascaded=false' 'tandem.cli.headless=true'; } >"$new.config" \
        && mv -f "$new.bundles" "$cli_configuration/bundles.info" \
        && mv -f "$new.config" "$cli_configuration/config.ini"; then
      rm -f "$cli_configuration"/java-*.jsa
    else
      rm -f "$new.bundles" "$new.config" 2>/dev/null
      cli_configuration=
    fi
  fi
fi
# Unsigned copies of the launcher and framework jars. Java checks the signature of a signed jar's every class (a
# tenth of the start's CPU), and classes of signed jars cannot enter the class-data archive: the framework's 450
# classes were read and verified at every start. The copies differ from the installation's jars only in the names
# of the signature entries (META-INF/*.SF, .RSA, .DSA, .EC end in "_" instead of their last letter: the same length,
# so the archive stays valid byte for byte), which Java then takes for ordinary files. They are made again whenever
# the installation's launcher or framework jar changes (its name, size or time: an update) or the installation
# moves, each under a temporary name and then moved into place, so that a run never starts half a copy. The launcher
# is then told the installation and the framework explicitly (-install, osgi.framework), and the bundle that
# installs the others by its full path (osgi.bundles: the launcher looks for it beside the framework jar). Without
# perl, or where the installation's config.ini names the framework or that bundle in another form, tandem-cli starts
# the installation's signed jars as before.
cli_launcher=
cli_framework=
cli_starter=
if [ -n "$cli_configuration" ]; then
  framework=
  starter=
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      osgi.framework=file\\:*) framework=${line#osgi.framework=file\\:} ;;
      osgi.bundles=reference\\:file\\:*@[0-9]*\\:start) starter=${line#osgi.bundles=reference\\:file\\:} ;;
    esac
  done <"$main_configuration/config.ini"
  case $framework in "" | *\\*) framework= ;; /*) ;; *) framework=$here/$framework ;; esac
  case $starter in "" | *,* | *\\*@* | *\\*\\*) starter= ;; esac
  if [ -n "$framework" ] && [ -n "$starter" ] && [ -f "$framework" ] && [ -f "$launcher" ]; then
    # reference:file:<jar>@<level>\:start, the jar found beside the framework's when its path is relative
    level=${starter##*@}
    starter=${starter%@*}
    case $starter in /*) ;; *) starter=${framework%/*}/$starter ;; esac
    cli_starter=reference:file:$starter@${level%%\\:start}:start
    unsigned=$cli_configuration/unsigned
    sources="$here
$(LC_ALL=C ls -lnL "$launcher" "$framework" 2>/dev/null)"
    cli_launcher=$unsigned/${launcher##*/}
    cli_framework=$unsigned/${framework##*/}
    if [ ! -f "$starter" ]; then
      cli_launcher=
    elif [ "$sources" != "$(cat "$unsigned/sources" 2>/dev/null)" ] || [ ! -f "$cli_launcher" ] \
        || [ ! -f "$cli_framework" ]; then
      unsigned_copy() {
        perl -e 'binmode STDIN; binmode STDOUT; local $/; my $jar = <STDIN>;
            $jar =~ s{(META-INF/[A-Za-z0-9_-]+\.)(SF|RSA|DSA|EC)}{$1 . substr($2, 0, -1) . "_"}ge; print $jar' \
            <"$1" >"$2.$$" 2>/dev/null \
          && [ "$(wc -c <"$1")" -eq "$(wc -c <"$2.$$")" ] && mv -f "$2.$$" "$2" && return 0
        rm -f "$2.$$"
        return 1
      }
      if mkdir -p "$unsigned" 2>/dev/null && unsigned_copy "$launcher" "$cli_launcher" \
          && unsigned_copy "$framework" "$cli_framework" && printf '%s\n' "$sources" >"$unsigned/sources.$$" \
          && mv -f "$unsigned/sources.$$" "$unsigned/sources"; then
        for old in "$unsigned"/*.jar; do
          case $old in "$cli_launcher" | "$cli_framework") ;; *) rm -f "$old" ;; esac
        done
        rm -f "$cli_configuration"/java-*.jsa
      else
        rm -f "$unsigned/sources.$$"
        cli_launcher=
      fi
    fi
  fi
  if [ -z "$cli_launcher" ]; then cli_framework= cli_starter=; fi
fi
# Only where the Java has its own default archive (lib/server/classes.jsa): the archive of the command line extends
# it, and asking for one without it stops the VM.
if [ -n "$cli_configuration" ] && [ -f "$java_home/lib/server/classes.jsa" ]; then
  cli_archive=$cli_configuration/java-$java_version.jsa
fi
