/**
 */
package tandem.staffing.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import tandem.campaign.model.CampaignPackage;

import tandem.core.model.CorePackage;

import tandem.staffing.model.StaffTo;
import tandem.staffing.model.StaffingFactory;
import tandem.staffing.model.StaffingInterval;
import tandem.staffing.model.StaffingPackage;
import tandem.staffing.model.StaffingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class StaffingPackageImpl extends EPackageImpl implements StaffingPackage
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass staffingPlanEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass staffingIntervalEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum staffToEEnum = null;

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
   * @see tandem.staffing.model.StaffingPackage#eNS_URI
   * @see #init()
   * @generated
   */
  private StaffingPackageImpl()
  {
    super(eNS_URI, StaffingFactory.eINSTANCE);
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
   * <p>This method is used to initialize {@link StaffingPackage#eINSTANCE} when that field is accessed.
   * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #eNS_URI
   * @see #createPackageContents()
   * @see #initializePackageContents()
   * @generated
   */
  public static StaffingPackage init()
  {
    if (isInited) return (StaffingPackage)EPackage.Registry.INSTANCE.getEPackage(StaffingPackage.eNS_URI);

    // Obtain or create and register package
    Object registeredStaffingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
    StaffingPackageImpl theStaffingPackage = registeredStaffingPackage instanceof StaffingPackageImpl ? (StaffingPackageImpl)registeredStaffingPackage : new StaffingPackageImpl();

    isInited = true;

    // Initialize simple dependencies
    CorePackage.eINSTANCE.eClass();
    CampaignPackage.eINSTANCE.eClass();

    // Create package meta-data objects
    theStaffingPackage.createPackageContents();

    // Initialize created meta-data
    theStaffingPackage.initializePackageContents();

    // Mark meta-data to indicate it can't be changed
    theStaffingPackage.freeze();

    // Update the registry and return the package
    EPackage.Registry.INSTANCE.put(StaffingPackage.eNS_URI, theStaffingPackage);
    return theStaffingPackage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getStaffingPlan()
  {
    return staffingPlanEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getStaffingPlan_Queue()
  {
    return (EReference)staffingPlanEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_IntervalMinutes()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_StartDate()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_EndDate()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_ServiceLevelShare()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_AnswerWithinSeconds()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_AsaTargetSeconds()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_AbandonmentTarget()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_AhtSeconds()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(8);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_Shrinkage()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(9);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_UnplannedShrinkage()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(10);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_OccupancyCap()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(11);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_AveragePatienceSeconds()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(12);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_StaffTo()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(13);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getStaffingPlan_CampaignCalendars()
  {
    return (EReference)staffingPlanEClass.getEStructuralFeatures().get(14);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingPlan_IntradayProfile()
  {
    return (EAttribute)staffingPlanEClass.getEStructuralFeatures().get(15);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getStaffingPlan_Roster()
  {
    return (EReference)staffingPlanEClass.getEStructuralFeatures().get(16);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getStaffingPlan_Intervals()
  {
    return (EReference)staffingPlanEClass.getEStructuralFeatures().get(17);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getStaffingInterval()
  {
    return staffingIntervalEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingInterval_Start()
  {
    return (EAttribute)staffingIntervalEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingInterval_Baseline()
  {
    return (EAttribute)staffingIntervalEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingInterval_LowerBound()
  {
    return (EAttribute)staffingIntervalEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingInterval_UpperBound()
  {
    return (EAttribute)staffingIntervalEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingInterval_AhtSeconds()
  {
    return (EAttribute)staffingIntervalEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getStaffingInterval_Scheduled()
  {
    return (EAttribute)staffingIntervalEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getStaffTo()
  {
    return staffToEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public StaffingFactory getStaffingFactory()
  {
    return (StaffingFactory)getEFactoryInstance();
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
    staffingPlanEClass = createEClass(STAFFING_PLAN);
    createEReference(staffingPlanEClass, STAFFING_PLAN__QUEUE);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__INTERVAL_MINUTES);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__START_DATE);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__END_DATE);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__SERVICE_LEVEL_SHARE);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__ANSWER_WITHIN_SECONDS);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__ASA_TARGET_SECONDS);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__ABANDONMENT_TARGET);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__AHT_SECONDS);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__SHRINKAGE);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__UNPLANNED_SHRINKAGE);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__OCCUPANCY_CAP);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__AVERAGE_PATIENCE_SECONDS);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__STAFF_TO);
    createEReference(staffingPlanEClass, STAFFING_PLAN__CAMPAIGN_CALENDARS);
    createEAttribute(staffingPlanEClass, STAFFING_PLAN__INTRADAY_PROFILE);
    createEReference(staffingPlanEClass, STAFFING_PLAN__ROSTER);
    createEReference(staffingPlanEClass, STAFFING_PLAN__INTERVALS);

    staffingIntervalEClass = createEClass(STAFFING_INTERVAL);
    createEAttribute(staffingIntervalEClass, STAFFING_INTERVAL__START);
    createEAttribute(staffingIntervalEClass, STAFFING_INTERVAL__BASELINE);
    createEAttribute(staffingIntervalEClass, STAFFING_INTERVAL__LOWER_BOUND);
    createEAttribute(staffingIntervalEClass, STAFFING_INTERVAL__UPPER_BOUND);
    createEAttribute(staffingIntervalEClass, STAFFING_INTERVAL__AHT_SECONDS);
    createEAttribute(staffingIntervalEClass, STAFFING_INTERVAL__SCHEDULED);

    // Create enums
    staffToEEnum = createEEnum(STAFF_TO);
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
    CampaignPackage theCampaignPackage = (CampaignPackage)EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);

    // Create type parameters

    // Set bounds for type parameters

    // Add supertypes to classes
    staffingPlanEClass.getESuperTypes().add(theCorePackage.getPlanDocument());

    // Initialize classes, features, and operations; add parameters
    initEClass(staffingPlanEClass, StaffingPlan.class, "StaffingPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEReference(getStaffingPlan_Queue(), theCorePackage.getQueue(), null, "queue", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_IntervalMinutes(), ecorePackage.getEInt(), "intervalMinutes", "15", 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_EndDate(), theCorePackage.getLocalDate(), "endDate", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_ServiceLevelShare(), ecorePackage.getEDoubleObject(), "serviceLevelShare", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_AnswerWithinSeconds(), ecorePackage.getEDouble(), "answerWithinSeconds", "20", 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_AsaTargetSeconds(), ecorePackage.getEDoubleObject(), "asaTargetSeconds", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_AbandonmentTarget(), ecorePackage.getEDoubleObject(), "abandonmentTarget", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_AhtSeconds(), ecorePackage.getEDouble(), "ahtSeconds", "180", 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_Shrinkage(), ecorePackage.getEDouble(), "shrinkage", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_UnplannedShrinkage(), ecorePackage.getEDouble(), "unplannedShrinkage", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_OccupancyCap(), ecorePackage.getEDouble(), "occupancyCap", "1", 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_AveragePatienceSeconds(), ecorePackage.getEDoubleObject(), "averagePatienceSeconds", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_StaffTo(), this.getStaffTo(), "staffTo", "forecast", 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getStaffingPlan_CampaignCalendars(), theCampaignPackage.getCampaignCalendar(), null, "campaignCalendars", null, 0, -1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingPlan_IntradayProfile(), ecorePackage.getEDouble(), "intradayProfile", null, 0, -1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getStaffingPlan_Roster(), theCorePackage.getPlanDocument(), null, "roster", null, 0, 1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getStaffingPlan_Intervals(), this.getStaffingInterval(), null, "intervals", null, 0, -1, StaffingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(staffingIntervalEClass, StaffingInterval.class, "StaffingInterval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getStaffingInterval_Start(), theCorePackage.getLocalDateTime(), "start", null, 0, 1, StaffingInterval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingInterval_Baseline(), ecorePackage.getEDouble(), "baseline", null, 0, 1, StaffingInterval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingInterval_LowerBound(), ecorePackage.getEDoubleObject(), "lowerBound", null, 0, 1, StaffingInterval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingInterval_UpperBound(), ecorePackage.getEDoubleObject(), "upperBound", null, 0, 1, StaffingInterval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingInterval_AhtSeconds(), ecorePackage.getEDoubleObject(), "ahtSeconds", null, 0, 1, StaffingInterval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getStaffingInterval_Scheduled(), ecorePackage.getEInt(), "scheduled", null, 0, 1, StaffingInterval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    // Initialize enums and add enum literals
    initEEnum(staffToEEnum, StaffTo.class, "StaffTo");
    addEEnumLiteral(staffToEEnum, StaffTo.FORECAST);
    addEEnumLiteral(staffToEEnum, StaffTo.UPPER_BOUND);

    // Create resource
    createResource(eNS_URI);

    // Create annotations
    // http://www.eclipse.org/emf/2002/Ecore
    createEcoreAnnotations();
    // http://tandem.dev/unit
    createUnitAnnotations();
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

  /**
   * Initializes the annotations for <b>http://tandem.dev/unit</b>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void createUnitAnnotations()
  {
    String source = "http://tandem.dev/unit";
    addAnnotation
      (getStaffingPlan_ServiceLevelShare(),
       source,
       new String[]
       {
         "unit", "percent"
       });
    addAnnotation
      (getStaffingPlan_AbandonmentTarget(),
       source,
       new String[]
       {
         "unit", "percent"
       });
    addAnnotation
      (getStaffingPlan_Shrinkage(),
       source,
       new String[]
       {
         "unit", "percent"
       });
    addAnnotation
      (getStaffingPlan_UnplannedShrinkage(),
       source,
       new String[]
       {
         "unit", "percent"
       });
    addAnnotation
      (getStaffingPlan_OccupancyCap(),
       source,
       new String[]
       {
         "unit", "percent"
       });
  }

} //StaffingPackageImpl
