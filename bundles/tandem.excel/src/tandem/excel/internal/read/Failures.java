package tandem.excel.internal.read;

/** Says in plain words why POI could not read something. */
final class Failures {

    private Failures() {
    }

    /**
     * The reason, as the rest of a sentence starting with the file name.
     *
     * @param fallback what to say when the failure is not one of the known kinds
     */
    static String describe(Throwable failure, String fallback) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return "looks like a zip bomb: part of it would unpack to far more data than the file holds, so "
                        + "it is not read";
            }
            if (message.contains("exceeds the max") || message.contains("max file count")
                    || message.contains("MAX_ENTRY_SIZE") || message.contains("max entry size")) {
                return "holds more data than a workbook may (" + firstLine(message) + "), so it is not read";
            }
            if (t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || t instanceof org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException) {
                return "is not an Excel workbook (.xlsx)";
            }
            if (t instanceof java.io.EOFException || message.contains("Unexpected end")
                    || message.contains("truncated")) {
                return "is damaged or incomplete; was it copied or downloaded completely?";
            }
            if (t instanceof org.xml.sax.SAXParseException parse) {
                return "is damaged (" + firstLine(parse.getMessage()) + ")";
            }
        }
        String root = failure.getMessage();
        return fallback + (root == null || root.isBlank() ? "" : " (" + firstLine(root) + ")");
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
