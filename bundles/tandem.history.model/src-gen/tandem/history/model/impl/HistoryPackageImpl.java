/**
 */
package tandem.history.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import tandem.core.model.CorePackage;

import tandem.core.rows.RowTable;

import tandem.history.model.ContactHistory;
import tandem.history.model.HistoryFactory;
import tandem.history.model.HistoryImport;
import tandem.history.model.HistoryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HistoryPackageImpl extends EPackageImpl implements HistoryPackage
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass contactHistoryEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass historyImportEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EDataType rowTableEDataType = null;

  /**
   * Creates an instance of the model <b>Package</b>, registered with
   * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
   * package URI value.
   * <p>Note: the correct way to create the package is via the static
   * factory method {@link #init init()}, which also performs
   * initialization of the package, or returns the registered package,
   * if one already exists.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see org.eclipse.emf.ecore.EPackage.Registry
   * @see tandem.history.model.HistoryPackage#eNS_URI
   * @see #init()
   * @generated
   */
  private HistoryPackageImpl()
  {
    super(eNS_URI, HistoryFactory.eINSTANCE);
  }
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static boolean isInited = false;

  /**
   * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
   *
   * <p>This method is used to initialize {@link HistoryPackage#eINSTANCE} when that field is accessed.
   * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #eNS_URI
   * @see #createPackageContents()
   * @see #initializePackageContents()
   * @generated
   */
  public static HistoryPackage init()
  {
    if (isInited) return (HistoryPackage)EPackage.Registry.INSTANCE.getEPackage(HistoryPackage.eNS_URI);

    // Obtain or create and register package
    Object registeredHistoryPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
    HistoryPackageImpl theHistoryPackage = registeredHistoryPackage instanceof HistoryPackageImpl ? (HistoryPackageImpl)registeredHistoryPackage : new HistoryPackageImpl();

    isInited = true;

    // Initialize simple dependencies
    CorePackage.eINSTANCE.eClass();

    // Create package meta-data objects
    theHistoryPackage.createPackageContents();

    // Initialize created meta-data
    theHistoryPackage.initializePackageContents();

    // Mark meta-data to indicate it can't be changed
    theHistoryPackage.freeze();

    // Update the registry and return the package
    EPackage.Registry.INSTANCE.put(HistoryPackage.eNS_URI, theHistoryPackage);
    return theHistoryPackage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getContactHistory()
  {
    return contactHistoryEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getContactHistory_ContactCenter()
  {
    return (EReference)contactHistoryEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContactHistory_IntervalMinutes()
  {
    return (EAttribute)contactHistoryEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getContactHistory_Imports()
  {
    return (EReference)contactHistoryEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getContactHistory_Rows()
  {
    return (EAttribute)contactHistoryEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getHistoryImport()
  {
    return historyImportEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getHistoryImport_File()
  {
    return (EAttribute)historyImportEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getHistoryImport_ImportedAt()
  {
    return (EAttribute)historyImportEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getHistoryImport_RowsAdded()
  {
    return (EAttribute)historyImportEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getHistoryImport_RowsSkipped()
  {
    return (EAttribute)historyImportEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EDataType getRowTable()
  {
    return rowTableEDataType;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public HistoryFactory getHistoryFactory()
  {
    return (HistoryFactory)getEFactoryInstance();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private boolean isCreated = false;

  /**
   * Creates the meta-model objects for the package.  This method is
   * guarded to have no affect on any invocation but its first.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public void createPackageContents()
  {
    if (isCreated) return;
    isCreated = true;

    // Create classes and their features
    contactHistoryEClass = createEClass(CONTACT_HISTORY);
    createEReference(contactHistoryEClass, CONTACT_HISTORY__CONTACT_CENTER);
    createEAttribute(contactHistoryEClass, CONTACT_HISTORY__INTERVAL_MINUTES);
    createEReference(contactHistoryEClass, CONTACT_HISTORY__IMPORTS);
    createEAttribute(contactHistoryEClass, CONTACT_HISTORY__ROWS);

    historyImportEClass = createEClass(HISTORY_IMPORT);
    createEAttribute(historyImportEClass, HISTORY_IMPORT__FILE);
    createEAttribute(historyImportEClass, HISTORY_IMPORT__IMPORTED_AT);
    createEAttribute(historyImportEClass, HISTORY_IMPORT__ROWS_ADDED);
    createEAttribute(historyImportEClass, HISTORY_IMPORT__ROWS_SKIPPED);

    // Create data types
    rowTableEDataType = createEDataType(ROW_TABLE);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private boolean isInitialized = false;

  /**
   * Complete the initialization of the package and its meta-model.  This
   * method is guarded to have no affect on any invocation but its first.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public void initializePackageContents()
  {
    if (isInitialized) return;
    isInitialized = true;

    // Initialize package
    setName(eNAME);
    setNsPrefix(eNS_PREFIX);
    setNsURI(eNS_URI);

    // Obtain other dependent packages
    CorePackage theCorePackage = (CorePackage)EPackage.Registry.INSTANCE.getEPackage(CorePackage.eNS_URI);

    // Create type parameters

    // Set bounds for type parameters

    // Add supertypes to classes
    contactHistoryEClass.getESuperTypes().add(theCorePackage.getPlanDocument());

    // Initialize classes, features, and operations; add parameters
    initEClass(contactHistoryEClass, ContactHistory.class, "ContactHistory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEReference(getContactHistory_ContactCenter(), theCorePackage.getContactCenter(), null, "contactCenter", null, 0, 1, ContactHistory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getContactHistory_IntervalMinutes(), ecorePackage.getEInt(), "intervalMinutes", "15", 0, 1, ContactHistory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getContactHistory_Imports(), this.getHistoryImport(), null, "imports", null, 0, -1, ContactHistory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getContactHistory_Rows(), this.getRowTable(), "rows", null, 0, 1, ContactHistory.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(historyImportEClass, HistoryImport.class, "HistoryImport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getHistoryImport_File(), ecorePackage.getEString(), "file", null, 0, 1, HistoryImport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getHistoryImport_ImportedAt(), theCorePackage.getLocalDateTime(), "importedAt", null, 0, 1, HistoryImport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getHistoryImport_RowsAdded(), ecorePackage.getEInt(), "rowsAdded", null, 0, 1, HistoryImport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getHistoryImport_RowsSkipped(), ecorePackage.getEInt(), "rowsSkipped", null, 0, 1, HistoryImport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    // Initialize data types
    initEDataType(rowTableEDataType, RowTable.class, "RowTable", !IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

    // Create resource
    createResource(eNS_URI);

    // Create annotations
    // http://www.eclipse.org/emf/2002/Ecore
    createEcoreAnnotations();
  }

  /**
   * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void createEcoreAnnotations()
  {
    String source = "http://www.eclipse.org/emf/2002/Ecore";
    addAnnotation
      (this,
       source,
       new String[]
       {
         "conversionDelegates", "http://tandem.dev/time"
       });
  }

} //HistoryPackageImpl
