package tandem.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler of one workbook part that the import reads itself only where it reads it the way POI does
 * ({@link DateStyles}, {@link SharedTexts}): anything else clears {@link #understood}, and the caller leaves the part to
 * POI, which reads it or says what is wrong with it.
 */
abstract class PartReader extends DefaultHandler {

    /** SpreadsheetML's main namespace. */
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Cleared as soon as the part holds something this reader does not read the way POI does. */
    boolean understood = true;
    /** Set at the part's first element. */
    boolean rootSeen;

    /**
     * Reads the part with POI's safe parser settings (no DTDs, no external entities).
     *
     * @return whether the part was read whole and understood
     */
    final boolean parse(InputStream in) throws IOException {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(this);
            parser.parse(new InputSource(in));
        } catch (SAXException | ParserConfigurationException | RuntimeException e) {
            return false;
        }
        return understood && rootSeen;
    }
}
