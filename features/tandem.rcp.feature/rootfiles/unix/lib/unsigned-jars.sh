# Sourced by tandem and tandem-cli: unsigned_jars <folder> makes unsigned copies of the launcher ($launcher) and of
# the framework jar that the installation's configuration/config.ini names, in <folder>, and sets
#   $unsigned_launcher, $unsigned_framework  the copies;
#   $unsigned_starter     osgi.bundles: the bundle that installs the others, by its full path (the launcher looks for
#                         it beside the framework jar, which is now elsewhere);
#   $unsigned_extensions  osgi.framework.extensions by full paths, for the same reason (empty when there are none);
#   $unsigned_sources     the file that records what the copies were made from: a class-data archive older than it
#                         holds the old copies' classes and must be written again.
# All stay empty where the copies cannot be made (no perl, a folder that is not writable, a config.ini that names
# the framework or those bundles in a form read here): the script then starts the installation's signed jars.
#
# Why: Java checks the signature of a signed jar's every class (a tenth of the command line's start), and classes of
# signed jars cannot enter a class-data archive, so the framework's 450 classes were read and verified at every
# start. The copies differ from the installation's jars only in the names of the signature entries
# (META-INF/*.SF, .RSA, .DSA, .EC end in "_" instead of their last letter: the same length, so the archive stays
# valid byte for byte), which Java then takes for ordinary files. They are made again whenever the installation's
# launcher or framework jar changes (its name, size or time: an update) or the installation moves, each under a
# temporary name and then moved into place, so that no start uses half a copy. A copy keeps its jar's modification
# time: the framework takes a framework jar with another time for an update and then builds its own cache and the
# extension registry's again, so an installation that moved (or a shipped prepared configuration) would lose both.
# See docs/PERFORMANCE.md.
unsigned_jars() {
  unsigned_launcher= unsigned_framework= unsigned_starter= unsigned_extensions= unsigned_sources=
  _folder=$1
  _framework= _starter= _extensions=
  while IFS= read -r _line || [ -n "$_line" ]; do
    case $_line in
      osgi.framework=file\\:*) _framework=${_line#osgi.framework=file\\:} ;;
      osgi.bundles=reference\\:file\\:*@[0-9]*\\:start) _starter=${_line#osgi.bundles=reference\\:file\\:} ;;
      osgi.framework.extensions=*) _extensions=${_line#osgi.framework.extensions=} ;;
    esac
  done <"$here/configuration/config.ini"
  case $_framework in "" | *\\*) return ;; /*) ;; *) _framework=$here/$_framework ;; esac
  case $_starter in "" | *,* | *\\*@* | *\\*\\*) return ;; esac
  [ -f "$_framework" ] && [ -f "$launcher" ] || return
  # reference:file:<jar>@<level>\:start, the jar found beside the framework's when its path is relative
  _level=${_starter##*@}
  _starter=${_starter%@*}
  case $_starter in /*) ;; *) _starter=${_framework%/*}/$_starter ;; esac
  [ -f "$_starter" ] || return
  # reference\:file\:<jar>[,...], each found beside the framework's when its path is relative
  _full=
  _rest=$_extensions
  while [ -n "$_rest" ]; do
    _one=${_rest%%,*}
    case $_rest in *,*) _rest=${_rest#*,} ;; *) _rest= ;; esac
    case $_one in reference\\:file\\:*) _one=${_one#reference\\:file\\:} ;; *) return ;; esac
    case $_one in "" | *\\*) return ;; /*) ;; *) _one=${_framework%/*}/$_one ;; esac
    [ -f "$_one" ] || return
    _full=${_full:+$_full,}reference:file:$_one
  done
  _sources="$here
$(LC_ALL=C ls -lnL "$launcher" "$_framework" 2>/dev/null)"
  _copy_launcher=$_folder/${launcher##*/}
  _copy_framework=$_folder/${_framework##*/}
  if [ "$_sources" != "$(cat "$_folder/sources" 2>/dev/null)" ] || [ ! -f "$_copy_launcher" ] \
      || [ ! -f "$_copy_framework" ]; then
    mkdir -p "$_folder" 2>/dev/null && unsigned_copy "$launcher" "$_copy_launcher" \
      && unsigned_copy "$_framework" "$_copy_framework" && printf '%s\n' "$_sources" >"$_folder/sources.$$" \
      && mv -f "$_folder/sources.$$" "$_folder/sources" || { rm -f "$_folder/sources.$$"; return; }
    for _old in "$_folder"/*.jar; do
      case $_old in "$_copy_launcher" | "$_copy_framework") ;; *) rm -f "$_old" ;; esac
    done
  fi
  unsigned_launcher=$_copy_launcher
  unsigned_framework=$_copy_framework
  unsigned_starter=reference:file:$_starter@${_level%%\\:start}:start
  unsigned_extensions=$_full
  unsigned_sources=$_folder/sources
}
# unsigned_copy <jar> <copy>: the jar with its signature entries renamed, written under a temporary name first.
unsigned_copy() {
  perl -e 'binmode STDIN; binmode STDOUT; local $/; my $jar = <STDIN>;
      $jar =~ s{(META-INF/[A-Za-z0-9_-]+\.)(SF|RSA|DSA|EC)}{$1 . substr($2, 0, -1) . "_"}ge; print $jar' \
      <"$1" >"$2.$$" 2>/dev/null \
    && [ "$(wc -c <"$1")" -eq "$(wc -c <"$2.$$")" ] && touch -r "$1" "$2.$$" && mv -f "$2.$$" "$2" && return 0
  rm -f "$2.$$"
  return 1
}
