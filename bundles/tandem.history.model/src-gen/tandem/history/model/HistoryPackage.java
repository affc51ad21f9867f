/**
 */
package tandem.history.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import tandem.core.model.CorePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Contact history: the contacts one or more queues were offered per interval, imported from ACD interval exports, the ground a forecast is learned from.
 * <!-- end-model-doc -->
 * @see tandem.history.model.HistoryFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface HistoryPackage extends EPackage
{
  /**
   * The package name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNAME = "model";

  /**
   * The package namespace URI.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_URI = "http://tandem.dev/history/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "history";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  HistoryPackage eINSTANCE = tandem.history.model.impl.HistoryPackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.history.model.impl.ContactHistoryImpl <em>Contact History</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.history.model.impl.ContactHistoryImpl
   * @see tandem.history.model.impl.HistoryPackageImpl#getContactHistory()
   * @generated
   */
  int CONTACT_HISTORY = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY__ID = CorePackage.PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY__NAME = CorePackage.PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY__DESCRIPTION = CorePackage.PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Contact Center</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY__CONTACT_CENTER = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Interval Minutes</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY__INTERVAL_MINUTES = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Imports</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY__IMPORTS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Rows</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY__ROWS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 3;

  /**
   * The number of structural features of the '<em>Contact History</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY_FEATURE_COUNT = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 4;

  /**
   * The number of operations of the '<em>Contact History</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CONTACT_HISTORY_OPERATION_COUNT = CorePackage.PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.history.model.impl.HistoryImportImpl <em>Import</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.history.model.impl.HistoryImportImpl
   * @see tandem.history.model.impl.HistoryPackageImpl#getHistoryImport()
   * @generated
   */
  int HISTORY_IMPORT = 1;

  /**
   * The feature id for the '<em><b>File</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HISTORY_IMPORT__FILE = 0;

  /**
   * The feature id for the '<em><b>Imported At</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HISTORY_IMPORT__IMPORTED_AT = 1;

  /**
   * The feature id for the '<em><b>Rows Added</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HISTORY_IMPORT__ROWS_ADDED = 2;

  /**
   * The feature id for the '<em><b>Rows Skipped</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HISTORY_IMPORT__ROWS_SKIPPED = 3;

  /**
   * The number of structural features of the '<em>Import</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HISTORY_IMPORT_FEATURE_COUNT = 4;

  /**
   * The number of operations of the '<em>Import</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int HISTORY_IMPORT_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '<em>Row Table</em>' data type.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.core.rows.RowTable
   * @see tandem.history.model.impl.HistoryPackageImpl#getRowTable()
   * @generated
   */
  int ROW_TABLE = 2;


  /**
   * Returns the meta object for class '{@link tandem.history.model.ContactHistory <em>Contact History</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Contact History</em>'.
   * @see tandem.history.model.ContactHistory
   * @generated
   */
  EClass getContactHistory();

  /**
   * Returns the meta object for the reference '{@link tandem.history.model.ContactHistory#getContactCenter <em>Contact Center</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference '<em>Contact Center</em>'.
   * @see tandem.history.model.ContactHistory#getContactCenter()
   * @see #getContactHistory()
   * @generated
   */
  EReference getContactHistory_ContactCenter();

  /**
   * Returns the meta object for the attribute '{@link tandem.history.model.ContactHistory#getIntervalMinutes <em>Interval Minutes</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Interval Minutes</em>'.
   * @see tandem.history.model.ContactHistory#getIntervalMinutes()
   * @see #getContactHistory()
   * @generated
   */
  EAttribute getContactHistory_IntervalMinutes();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.history.model.ContactHistory#getImports <em>Imports</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Imports</em>'.
   * @see tandem.history.model.ContactHistory#getImports()
   * @see #getContactHistory()
   * @generated
   */
  EReference getContactHistory_Imports();

  /**
   * Returns the meta object for the attribute '{@link tandem.history.model.ContactHistory#getRows <em>Rows</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Rows</em>'.
   * @see tandem.history.model.ContactHistory#getRows()
   * @see #getContactHistory()
   * @generated
   */
  EAttribute getContactHistory_Rows();

  /**
   * Returns the meta object for class '{@link tandem.history.model.HistoryImport <em>Import</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Import</em>'.
   * @see tandem.history.model.HistoryImport
   * @generated
   */
  EClass getHistoryImport();

  /**
   * Returns the meta object for the attribute '{@link tandem.history.model.HistoryImport#getFile <em>File</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>File</em>'.
   * @see tandem.history.model.HistoryImport#getFile()
   * @see #getHistoryImport()
   * @generated
   */
  EAttribute getHistoryImport_File();

  /**
   * Returns the meta object for the attribute '{@link tandem.history.model.HistoryImport#getImportedAt <em>Imported At</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Imported At</em>'.
   * @see tandem.history.model.HistoryImport#getImportedAt()
   * @see #getHistoryImport()
   * @generated
   */
  EAttribute getHistoryImport_ImportedAt();

  /**
   * Returns the meta object for the attribute '{@link tandem.history.model.HistoryImport#getRowsAdded <em>Rows Added</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Rows Added</em>'.
   * @see tandem.history.model.HistoryImport#getRowsAdded()
   * @see #getHistoryImport()
   * @generated
   */
  EAttribute getHistoryImport_RowsAdded();

  /**
   * Returns the meta object for the attribute '{@link tandem.history.model.HistoryImport#getRowsSkipped <em>Rows Skipped</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Rows Skipped</em>'.
   * @see tandem.history.model.HistoryImport#getRowsSkipped()
   * @see #getHistoryImport()
   * @generated
   */
  EAttribute getHistoryImport_RowsSkipped();

  /**
   * Returns the meta object for data type '{@link tandem.core.rows.RowTable <em>Row Table</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for data type '<em>Row Table</em>'.
   * @see tandem.core.rows.RowTable
   * @model instanceClass="tandem.core.rows.RowTable" serializeable="false"
   * @generated
   */
  EDataType getRowTable();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  HistoryFactory getHistoryFactory();

  /**
   * <!-- begin-user-doc -->
   * Defines literals for the meta objects that represent
   * <ul>
   *   <li>each class,</li>
   *   <li>each feature of each class,</li>
   *   <li>each operation of each class,</li>
   *   <li>each enum,</li>
   *   <li>and each data type</li>
   * </ul>
   * <!-- end-user-doc -->
   * @generated
   */
  interface Literals
  {
    /**
     * The meta object literal for the '{@link tandem.history.model.impl.ContactHistoryImpl <em>Contact History</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.history.model.impl.ContactHistoryImpl
     * @see tandem.history.model.impl.HistoryPackageImpl#getContactHistory()
     * @generated
     */
    EClass CONTACT_HISTORY = eINSTANCE.getContactHistory();

    /**
     * The meta object literal for the '<em><b>Contact Center</b></em>' reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CONTACT_HISTORY__CONTACT_CENTER = eINSTANCE.getContactHistory_ContactCenter();

    /**
     * The meta object literal for the '<em><b>Interval Minutes</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTACT_HISTORY__INTERVAL_MINUTES = eINSTANCE.getContactHistory_IntervalMinutes();

    /**
     * The meta object literal for the '<em><b>Imports</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CONTACT_HISTORY__IMPORTS = eINSTANCE.getContactHistory_Imports();

    /**
     * The meta object literal for the '<em><b>Rows</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CONTACT_HISTORY__ROWS = eINSTANCE.getContactHistory_Rows();

    /**
     * The meta object literal for the '{@link tandem.history.model.impl.HistoryImportImpl <em>Import</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.history.model.impl.HistoryImportImpl
     * @see tandem.history.model.impl.HistoryPackageImpl#getHistoryImport()
     * @generated
     */
    EClass HISTORY_IMPORT = eINSTANCE.getHistoryImport();

    /**
     * The meta object literal for the '<em><b>File</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HISTORY_IMPORT__FILE = eINSTANCE.getHistoryImport_File();

    /**
     * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HISTORY_IMPORT__IMPORTED_AT = eINSTANCE.getHistoryImport_ImportedAt();

    /**
     * The meta object literal for the '<em><b>Rows Added</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HISTORY_IMPORT__ROWS_ADDED = eINSTANCE.getHistoryImport_RowsAdded();

    /**
     * The meta object literal for the '<em><b>Rows Skipped</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute HISTORY_IMPORT__ROWS_SKIPPED = eINSTANCE.getHistoryImport_RowsSkipped();

    /**
     * The meta object literal for the '<em>Row Table</em>' data type.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.core.rows.RowTable
     * @see tandem.history.model.impl.HistoryPackageImpl#getRowTable()
     * @generated
     */
    EDataType ROW_TABLE = eINSTANCE.getRowTable();

  }

} //HistoryPackage
