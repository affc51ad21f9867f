/**
 */
package tandem.history.model;

import org.eclipse.emf.common.util.EList;

import tandem.core.model.ContactCenter;
import tandem.core.model.PlanDocument;

import tandem.core.rows.RowTable;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact History</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The contact history of one or more queues: per interval, contacts offered and, where the export gave them, handled, abandoned and average handle time. The rows are a compact row table (tandem.core.rows), not one element per row.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.history.model.ContactHistory#getContactCenter <em>Contact Center</em>}</li>
 *   <li>{@link tandem.history.model.ContactHistory#getIntervalMinutes <em>Interval Minutes</em>}</li>
 *   <li>{@link tandem.history.model.ContactHistory#getImports <em>Imports</em>}</li>
 *   <li>{@link tandem.history.model.ContactHistory#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see tandem.history.model.HistoryPackage#getContactHistory()
 * @model
 * @generated
 */
public interface ContactHistory extends PlanDocument
{
  /**
   * Returns the value of the '<em><b>Contact Center</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The contact-center setup whose queues, time zone, opening hours and holidays the history belongs to (optional).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Contact Center</em>' reference.
   * @see #setContactCenter(ContactCenter)
   * @see tandem.history.model.HistoryPackage#getContactHistory_ContactCenter()
   * @model
   * @generated
   */
  ContactCenter getContactCenter();

  /**
   * Sets the value of the '{@link tandem.history.model.ContactHistory#getContactCenter <em>Contact Center</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Contact Center</em>' reference.
   * @see #getContactCenter()
   * @generated
   */
  void setContactCenter(ContactCenter value);

  /**
   * Returns the value of the '<em><b>Interval Minutes</b></em>' attribute.
   * The default value is <code>"15"</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Length of one row in minutes: 15, 30 or 60. Finer rows of an import are summed to it.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Interval Minutes</em>' attribute.
   * @see #setIntervalMinutes(int)
   * @see tandem.history.model.HistoryPackage#getContactHistory_IntervalMinutes()
   * @model default="15"
   * @generated
   */
  int getIntervalMinutes();

  /**
   * Sets the value of the '{@link tandem.history.model.ContactHistory#getIntervalMinutes <em>Interval Minutes</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Interval Minutes</em>' attribute.
   * @see #getIntervalMinutes()
   * @generated
   */
  void setIntervalMinutes(int value);

  /**
   * Returns the value of the '<em><b>Imports</b></em>' containment reference list.
   * The list contents are of type {@link tandem.history.model.HistoryImport}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The files imported into the history, in order.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Imports</em>' containment reference list.
   * @see tandem.history.model.HistoryPackage#getContactHistory_Imports()
   * @model containment="true"
   * @generated
   */
  EList<HistoryImport> getImports();

  /**
   * Returns the value of the '<em><b>Rows</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * The rows, sorted by queue and start (see HistoryRows). Saved beside the XMI by the row-table resource.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Rows</em>' attribute.
   * @see #setRows(RowTable)
   * @see tandem.history.model.HistoryPackage#getContactHistory_Rows()
   * @model dataType="tandem.history.model.RowTable" transient="true"
   * @generated
   */
  RowTable getRows();

  /**
   * Sets the value of the '{@link tandem.history.model.ContactHistory#getRows <em>Rows</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Rows</em>' attribute.
   * @see #getRows()
   * @generated
   */
  void setRows(RowTable value);

} // ContactHistory
