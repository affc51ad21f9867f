/**
 */
package tandem.history.model;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One file imported into a history: its name, when, how many rows it added and how many overlapping rows it skipped.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link tandem.history.model.HistoryImport#getFile <em>File</em>}</li>
 *   <li>{@link tandem.history.model.HistoryImport#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link tandem.history.model.HistoryImport#getRowsAdded <em>Rows Added</em>}</li>
 *   <li>{@link tandem.history.model.HistoryImport#getRowsSkipped <em>Rows Skipped</em>}</li>
 * </ul>
 *
 * @see tandem.history.model.HistoryPackage#getHistoryImport()
 * @model
 * @generated
 */
public interface HistoryImport extends EObject
{
  /**
   * Returns the value of the '<em><b>File</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>File</em>' attribute.
   * @see #setFile(String)
   * @see tandem.history.model.HistoryPackage#getHistoryImport_File()
   * @model
   * @generated
   */
  String getFile();

  /**
   * Sets the value of the '{@link tandem.history.model.HistoryImport#getFile <em>File</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>File</em>' attribute.
   * @see #getFile()
   * @generated
   */
  void setFile(String value);

  /**
   * Returns the value of the '<em><b>Imported At</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Imported At</em>' attribute.
   * @see #setImportedAt(LocalDateTime)
   * @see tandem.history.model.HistoryPackage#getHistoryImport_ImportedAt()
   * @model dataType="tandem.core.model.LocalDateTime"
   * @generated
   */
  LocalDateTime getImportedAt();

  /**
   * Sets the value of the '{@link tandem.history.model.HistoryImport#getImportedAt <em>Imported At</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Imported At</em>' attribute.
   * @see #getImportedAt()
   * @generated
   */
  void setImportedAt(LocalDateTime value);

  /**
   * Returns the value of the '<em><b>Rows Added</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Rows Added</em>' attribute.
   * @see #setRowsAdded(int)
   * @see tandem.history.model.HistoryPackage#getHistoryImport_RowsAdded()
   * @model
   * @generated
   */
  int getRowsAdded();

  /**
   * Sets the value of the '{@link tandem.history.model.HistoryImport#getRowsAdded <em>Rows Added</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Rows Added</em>' attribute.
   * @see #getRowsAdded()
   * @generated
   */
  void setRowsAdded(int value);

  /**
   * Returns the value of the '<em><b>Rows Skipped</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Rows Skipped</em>' attribute.
   * @see #setRowsSkipped(int)
   * @see tandem.history.model.HistoryPackage#getHistoryImport_RowsSkipped()
   * @model
   * @generated
   */
  int getRowsSkipped();

  /**
   * Sets the value of the '{@link tandem.history.model.HistoryImport#getRowsSkipped <em>Rows Skipped</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Rows Skipped</em>' attribute.
   * @see #getRowsSkipped()
   * @generated
   */
  void setRowsSkipped(int value);

} // HistoryImport
