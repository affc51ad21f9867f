/**
 */
package tandem.goals.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import tandem.campaign.model.CampaignPackage;

import tandem.core.model.CorePackage;

import tandem.goals.model.Direction;
import tandem.goals.model.Frequency;
import tandem.goals.model.Goal;
import tandem.goals.model.GoalSet;
import tandem.goals.model.GoalsFactory;
import tandem.goals.model.GoalsPackage;
import tandem.goals.model.Metric;
import tandem.goals.model.Reading;
import tandem.goals.model.RewardScope;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GoalsPackageImpl extends EPackageImpl implements GoalsPackage
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass goalSetEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass goalEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass readingEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum metricEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum directionEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum frequencyEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum rewardScopeEEnum = null;

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
   * @see tandem.goals.model.GoalsPackage#eNS_URI
   * @see #init()
   * @generated
   */
  private GoalsPackageImpl()
  {
    super(eNS_URI, GoalsFactory.eINSTANCE);
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
   * <p>This method is used to initialize {@link GoalsPackage#eINSTANCE} when that field is accessed.
   * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #eNS_URI
   * @see #createPackageContents()
   * @see #initializePackageContents()
   * @generated
   */
  public static GoalsPackage init()
  {
    if (isInited) return (GoalsPackage)EPackage.Registry.INSTANCE.getEPackage(GoalsPackage.eNS_URI);

    // Obtain or create and register package
    Object registeredGoalsPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
    GoalsPackageImpl theGoalsPackage = registeredGoalsPackage instanceof GoalsPackageImpl ? (GoalsPackageImpl)registeredGoalsPackage : new GoalsPackageImpl();

    isInited = true;

    // Initialize simple dependencies
    CorePackage.eINSTANCE.eClass();
    CampaignPackage.eINSTANCE.eClass();

    // Create package meta-data objects
    theGoalsPackage.createPackageContents();

    // Initialize created meta-data
    theGoalsPackage.initializePackageContents();

    // Mark meta-data to indicate it can't be changed
    theGoalsPackage.freeze();

    // Update the registry and return the package
    EPackage.Registry.INSTANCE.put(GoalsPackage.eNS_URI, theGoalsPackage);
    return theGoalsPackage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getGoalSet()
  {
    return goalSetEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getGoalSet_Goals()
  {
    return (EReference)goalSetEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getGoal()
  {
    return goalEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Statement()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Metric()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_CustomMetric()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Unit()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Direction()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Baseline()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_BaselineDate()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_BaselineSource()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Target()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(8);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_StartDate()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(9);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Deadline()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(10);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Owner()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(11);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getGoal_Campaigns()
  {
    return (EReference)goalEClass.getEStructuralFeatures().get(12);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getGoal_Queues()
  {
    return (EReference)goalEClass.getEStructuralFeatures().get(13);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Channels()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(14);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_ServiceDefinition()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(15);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_MeasurementSource()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(16);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_MeasurementFrequency()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(17);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_Reward()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(18);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getGoal_RewardScope()
  {
    return (EAttribute)goalEClass.getEStructuralFeatures().get(19);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getGoal_Readings()
  {
    return (EReference)goalEClass.getEStructuralFeatures().get(20);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getReading()
  {
    return readingEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getReading_Date()
  {
    return (EAttribute)readingEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getReading_Value()
  {
    return (EAttribute)readingEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getMetric()
  {
    return metricEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getDirection()
  {
    return directionEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getFrequency()
  {
    return frequencyEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getRewardScope()
  {
    return rewardScopeEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public GoalsFactory getGoalsFactory()
  {
    return (GoalsFactory)getEFactoryInstance();
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
    goalSetEClass = createEClass(GOAL_SET);
    createEReference(goalSetEClass, GOAL_SET__GOALS);

    goalEClass = createEClass(GOAL);
    createEAttribute(goalEClass, GOAL__STATEMENT);
    createEAttribute(goalEClass, GOAL__METRIC);
    createEAttribute(goalEClass, GOAL__CUSTOM_METRIC);
    createEAttribute(goalEClass, GOAL__UNIT);
    createEAttribute(goalEClass, GOAL__DIRECTION);
    createEAttribute(goalEClass, GOAL__BASELINE);
    createEAttribute(goalEClass, GOAL__BASELINE_DATE);
    createEAttribute(goalEClass, GOAL__BASELINE_SOURCE);
    createEAttribute(goalEClass, GOAL__TARGET);
    createEAttribute(goalEClass, GOAL__START_DATE);
    createEAttribute(goalEClass, GOAL__DEADLINE);
    createEAttribute(goalEClass, GOAL__OWNER);
    createEReference(goalEClass, GOAL__CAMPAIGNS);
    createEReference(goalEClass, GOAL__QUEUES);
    createEAttribute(goalEClass, GOAL__CHANNELS);
    createEAttribute(goalEClass, GOAL__SERVICE_DEFINITION);
    createEAttribute(goalEClass, GOAL__MEASUREMENT_SOURCE);
    createEAttribute(goalEClass, GOAL__MEASUREMENT_FREQUENCY);
    createEAttribute(goalEClass, GOAL__REWARD);
    createEAttribute(goalEClass, GOAL__REWARD_SCOPE);
    createEReference(goalEClass, GOAL__READINGS);

    readingEClass = createEClass(READING);
    createEAttribute(readingEClass, READING__DATE);
    createEAttribute(readingEClass, READING__VALUE);

    // Create enums
    metricEEnum = createEEnum(METRIC);
    directionEEnum = createEEnum(DIRECTION);
    frequencyEEnum = createEEnum(FREQUENCY);
    rewardScopeEEnum = createEEnum(REWARD_SCOPE);
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
    goalSetEClass.getESuperTypes().add(theCorePackage.getPlanDocument());
    goalEClass.getESuperTypes().add(theCorePackage.getNamedElement());

    // Initialize classes, features, and operations; add parameters
    initEClass(goalSetEClass, GoalSet.class, "GoalSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEReference(getGoalSet_Goals(), this.getGoal(), null, "goals", null, 0, -1, GoalSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getGoal_Statement(), ecorePackage.getEString(), "statement", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Metric(), this.getMetric(), "metric", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_CustomMetric(), ecorePackage.getEString(), "customMetric", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Direction(), this.getDirection(), "direction", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Baseline(), ecorePackage.getEDoubleObject(), "baseline", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_BaselineDate(), theCorePackage.getLocalDate(), "baselineDate", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_BaselineSource(), ecorePackage.getEString(), "baselineSource", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Deadline(), theCorePackage.getLocalDate(), "deadline", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getGoal_Campaigns(), theCampaignPackage.getCampaign(), null, "campaigns", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getGoal_Queues(), theCorePackage.getQueue(), null, "queues", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Channels(), theCorePackage.getChannel(), "channels", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_ServiceDefinition(), ecorePackage.getEString(), "serviceDefinition", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_MeasurementSource(), ecorePackage.getEString(), "measurementSource", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_MeasurementFrequency(), this.getFrequency(), "measurementFrequency", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_Reward(), ecorePackage.getEString(), "reward", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getGoal_RewardScope(), this.getRewardScope(), "rewardScope", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getGoal_Readings(), this.getReading(), null, "readings", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(readingEClass, Reading.class, "Reading", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getReading_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, Reading.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getReading_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Reading.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    // Initialize enums and add enum literals
    initEEnum(metricEEnum, Metric.class, "Metric");
    addEEnumLiteral(metricEEnum, Metric.UNSPECIFIED);
    addEEnumLiteral(metricEEnum, Metric.CUSTOMER_SATISFACTION);
    addEEnumLiteral(metricEEnum, Metric.NET_PROMOTER_SCORE);
    addEEnumLiteral(metricEEnum, Metric.FIRST_CONTACT_RESOLUTION);
    addEEnumLiteral(metricEEnum, Metric.AVERAGE_HANDLE_TIME);
    addEEnumLiteral(metricEEnum, Metric.AVERAGE_SPEED_OF_ANSWER);
    addEEnumLiteral(metricEEnum, Metric.SERVICE_LEVEL);
    addEEnumLiteral(metricEEnum, Metric.ABANDONMENT_RATE);
    addEEnumLiteral(metricEEnum, Metric.CUSTOMER_EFFORT_SCORE);
    addEEnumLiteral(metricEEnum, Metric.NET_CUSTOMER_VALUE);
    addEEnumLiteral(metricEEnum, Metric.CUSTOM);

    initEEnum(directionEEnum, Direction.class, "Direction");
    addEEnumLiteral(directionEEnum, Direction.RAISE);
    addEEnumLiteral(directionEEnum, Direction.LOWER);

    initEEnum(frequencyEEnum, Frequency.class, "Frequency");
    addEEnumLiteral(frequencyEEnum, Frequency.UNSPECIFIED);
    addEEnumLiteral(frequencyEEnum, Frequency.DAILY);
    addEEnumLiteral(frequencyEEnum, Frequency.WEEKLY);
    addEEnumLiteral(frequencyEEnum, Frequency.MONTHLY);
    addEEnumLiteral(frequencyEEnum, Frequency.QUARTERLY);

    initEEnum(rewardScopeEEnum, RewardScope.class, "RewardScope");
    addEEnumLiteral(rewardScopeEEnum, RewardScope.NONE);
    addEEnumLiteral(rewardScopeEEnum, RewardScope.TEAM);
    addEEnumLiteral(rewardScopeEEnum, RewardScope.INDIVIDUAL);

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

} //GoalsPackageImpl
