/**
 */
package tandem.training.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import tandem.campaign.model.CampaignPackage;

import tandem.core.model.CorePackage;

import tandem.training.model.Audience;
import tandem.training.model.CompletionStatus;
import tandem.training.model.Course;
import tandem.training.model.Delivery;
import tandem.training.model.KnowledgeItem;
import tandem.training.model.KnowledgeKind;
import tandem.training.model.Session;
import tandem.training.model.TrainingFactory;
import tandem.training.model.TrainingPackage;
import tandem.training.model.TrainingPlan;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingPackageImpl extends EPackageImpl implements TrainingPackage
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass trainingPlanEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass courseEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass sessionEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass audienceEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass knowledgeItemEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum deliveryEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum completionStatusEEnum = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum knowledgeKindEEnum = null;

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
   * @see tandem.training.model.TrainingPackage#eNS_URI
   * @see #init()
   * @generated
   */
  private TrainingPackageImpl()
  {
    super(eNS_URI, TrainingFactory.eINSTANCE);
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
   * <p>This method is used to initialize {@link TrainingPackage#eINSTANCE} when that field is accessed.
   * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #eNS_URI
   * @see #createPackageContents()
   * @see #initializePackageContents()
   * @generated
   */
  public static TrainingPackage init()
  {
    if (isInited) return (TrainingPackage)EPackage.Registry.INSTANCE.getEPackage(TrainingPackage.eNS_URI);

    // Obtain or create and register package
    Object registeredTrainingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
    TrainingPackageImpl theTrainingPackage = registeredTrainingPackage instanceof TrainingPackageImpl ? (TrainingPackageImpl)registeredTrainingPackage : new TrainingPackageImpl();

    isInited = true;

    // Initialize simple dependencies
    CorePackage.eINSTANCE.eClass();
    CampaignPackage.eINSTANCE.eClass();

    // Create package meta-data objects
    theTrainingPackage.createPackageContents();

    // Initialize created meta-data
    theTrainingPackage.initializePackageContents();

    // Mark meta-data to indicate it can't be changed
    theTrainingPackage.freeze();

    // Update the registry and return the package
    EPackage.Registry.INSTANCE.put(TrainingPackage.eNS_URI, theTrainingPackage);
    return theTrainingPackage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getTrainingPlan()
  {
    return trainingPlanEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getTrainingPlan_Courses()
  {
    return (EReference)trainingPlanEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getTrainingPlan_KnowledgeItems()
  {
    return (EReference)trainingPlanEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getCourse()
  {
    return courseEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCourse_Objective()
  {
    return (EAttribute)courseEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCourse_DurationMinutes()
  {
    return (EAttribute)courseEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCourse_Delivery()
  {
    return (EAttribute)courseEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCourse_PreparesFor()
  {
    return (EReference)courseEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCourse_Teaches()
  {
    return (EReference)courseEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCourse_Sessions()
  {
    return (EReference)courseEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCourse_Audiences()
  {
    return (EReference)courseEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getSession()
  {
    return sessionEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSession_Date()
  {
    return (EAttribute)sessionEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSession_StartTime()
  {
    return (EAttribute)sessionEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSession_LengthMinutes()
  {
    return (EAttribute)sessionEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSession_Trainer()
  {
    return (EAttribute)sessionEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSession_Capacity()
  {
    return (EAttribute)sessionEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getSession_Audience()
  {
    return (EReference)sessionEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getAudience()
  {
    return audienceEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAudience_Queue()
  {
    return (EReference)audienceEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getAudience_Team()
  {
    return (EReference)audienceEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAudience_Headcount()
  {
    return (EAttribute)audienceEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAudience_Status()
  {
    return (EAttribute)audienceEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAudience_CompletedCount()
  {
    return (EAttribute)audienceEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getAudience_CompletionDate()
  {
    return (EAttribute)audienceEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getKnowledgeItem()
  {
    return knowledgeItemEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getKnowledgeItem_Kind()
  {
    return (EAttribute)knowledgeItemEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getKnowledgeItem_Owner()
  {
    return (EAttribute)knowledgeItemEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getKnowledgeItem_Version()
  {
    return (EAttribute)knowledgeItemEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getKnowledgeItem_ApprovalDate()
  {
    return (EAttribute)knowledgeItemEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getKnowledgeItem_Text()
  {
    return (EAttribute)knowledgeItemEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getKnowledgeItem_Question()
  {
    return (EAttribute)knowledgeItemEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getKnowledgeItem_Answer()
  {
    return (EAttribute)knowledgeItemEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getKnowledgeItem_Campaigns()
  {
    return (EReference)knowledgeItemEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getDelivery()
  {
    return deliveryEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getCompletionStatus()
  {
    return completionStatusEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getKnowledgeKind()
  {
    return knowledgeKindEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public TrainingFactory getTrainingFactory()
  {
    return (TrainingFactory)getEFactoryInstance();
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
    trainingPlanEClass = createEClass(TRAINING_PLAN);
    createEReference(trainingPlanEClass, TRAINING_PLAN__COURSES);
    createEReference(trainingPlanEClass, TRAINING_PLAN__KNOWLEDGE_ITEMS);

    courseEClass = createEClass(COURSE);
    createEAttribute(courseEClass, COURSE__OBJECTIVE);
    createEAttribute(courseEClass, COURSE__DURATION_MINUTES);
    createEAttribute(courseEClass, COURSE__DELIVERY);
    createEReference(courseEClass, COURSE__PREPARES_FOR);
    createEReference(courseEClass, COURSE__TEACHES);
    createEReference(courseEClass, COURSE__SESSIONS);
    createEReference(courseEClass, COURSE__AUDIENCES);

    sessionEClass = createEClass(SESSION);
    createEAttribute(sessionEClass, SESSION__DATE);
    createEAttribute(sessionEClass, SESSION__START_TIME);
    createEAttribute(sessionEClass, SESSION__LENGTH_MINUTES);
    createEAttribute(sessionEClass, SESSION__TRAINER);
    createEAttribute(sessionEClass, SESSION__CAPACITY);
    createEReference(sessionEClass, SESSION__AUDIENCE);

    audienceEClass = createEClass(AUDIENCE);
    createEReference(audienceEClass, AUDIENCE__QUEUE);
    createEReference(audienceEClass, AUDIENCE__TEAM);
    createEAttribute(audienceEClass, AUDIENCE__HEADCOUNT);
    createEAttribute(audienceEClass, AUDIENCE__STATUS);
    createEAttribute(audienceEClass, AUDIENCE__COMPLETED_COUNT);
    createEAttribute(audienceEClass, AUDIENCE__COMPLETION_DATE);

    knowledgeItemEClass = createEClass(KNOWLEDGE_ITEM);
    createEAttribute(knowledgeItemEClass, KNOWLEDGE_ITEM__KIND);
    createEAttribute(knowledgeItemEClass, KNOWLEDGE_ITEM__OWNER);
    createEAttribute(knowledgeItemEClass, KNOWLEDGE_ITEM__VERSION);
    createEAttribute(knowledgeItemEClass, KNOWLEDGE_ITEM__APPROVAL_DATE);
    createEAttribute(knowledgeItemEClass, KNOWLEDGE_ITEM__TEXT);
    createEAttribute(knowledgeItemEClass, KNOWLEDGE_ITEM__QUESTION);
    createEAttribute(knowledgeItemEClass, KNOWLEDGE_ITEM__ANSWER);
    createEReference(knowledgeItemEClass, KNOWLEDGE_ITEM__CAMPAIGNS);

    // Create enums
    deliveryEEnum = createEEnum(DELIVERY);
    completionStatusEEnum = createEEnum(COMPLETION_STATUS);
    knowledgeKindEEnum = createEEnum(KNOWLEDGE_KIND);
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
    trainingPlanEClass.getESuperTypes().add(theCorePackage.getPlanDocument());
    courseEClass.getESuperTypes().add(theCorePackage.getNamedElement());
    sessionEClass.getESuperTypes().add(theCorePackage.getIdentified());
    audienceEClass.getESuperTypes().add(theCorePackage.getIdentified());
    knowledgeItemEClass.getESuperTypes().add(theCorePackage.getNamedElement());

    // Initialize classes, features, and operations; add parameters
    initEClass(trainingPlanEClass, TrainingPlan.class, "TrainingPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEReference(getTrainingPlan_Courses(), this.getCourse(), null, "courses", null, 0, -1, TrainingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getTrainingPlan_KnowledgeItems(), this.getKnowledgeItem(), null, "knowledgeItems", null, 0, -1, TrainingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(courseEClass, Course.class, "Course", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getCourse_Objective(), ecorePackage.getEString(), "objective", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCourse_DurationMinutes(), ecorePackage.getEInt(), "durationMinutes", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCourse_Delivery(), this.getDelivery(), "delivery", null, 0, 1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCourse_PreparesFor(), theCampaignPackage.getCampaign(), null, "preparesFor", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCourse_Teaches(), this.getKnowledgeItem(), null, "teaches", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCourse_Sessions(), this.getSession(), null, "sessions", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCourse_Audiences(), this.getAudience(), null, "audiences", null, 0, -1, Course.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(sessionEClass, Session.class, "Session", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getSession_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSession_StartTime(), theCorePackage.getLocalTime(), "startTime", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSession_LengthMinutes(), ecorePackage.getEInt(), "lengthMinutes", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSession_Trainer(), ecorePackage.getEString(), "trainer", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSession_Capacity(), ecorePackage.getEInt(), "capacity", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getSession_Audience(), this.getAudience(), null, "audience", null, 0, 1, Session.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(audienceEClass, Audience.class, "Audience", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEReference(getAudience_Queue(), theCorePackage.getQueue(), null, "queue", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getAudience_Team(), theCorePackage.getTeam(), null, "team", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getAudience_Headcount(), ecorePackage.getEInt(), "headcount", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getAudience_Status(), this.getCompletionStatus(), "status", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getAudience_CompletedCount(), ecorePackage.getEInt(), "completedCount", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getAudience_CompletionDate(), theCorePackage.getLocalDate(), "completionDate", null, 0, 1, Audience.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(knowledgeItemEClass, KnowledgeItem.class, "KnowledgeItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getKnowledgeItem_Kind(), this.getKnowledgeKind(), "kind", null, 0, 1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getKnowledgeItem_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getKnowledgeItem_Version(), ecorePackage.getEString(), "version", null, 0, 1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getKnowledgeItem_ApprovalDate(), theCorePackage.getLocalDate(), "approvalDate", null, 0, 1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getKnowledgeItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getKnowledgeItem_Question(), ecorePackage.getEString(), "question", null, 0, 1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getKnowledgeItem_Answer(), ecorePackage.getEString(), "answer", null, 0, 1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getKnowledgeItem_Campaigns(), theCampaignPackage.getCampaign(), null, "campaigns", null, 0, -1, KnowledgeItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    // Initialize enums and add enum literals
    initEEnum(deliveryEEnum, Delivery.class, "Delivery");
    addEEnumLiteral(deliveryEEnum, Delivery.CLASSROOM);
    addEEnumLiteral(deliveryEEnum, Delivery.VIRTUAL);
    addEEnumLiteral(deliveryEEnum, Delivery.ELEARNING);
    addEEnumLiteral(deliveryEEnum, Delivery.HUDDLE);
    addEEnumLiteral(deliveryEEnum, Delivery.JOB_AID);

    initEEnum(completionStatusEEnum, CompletionStatus.class, "CompletionStatus");
    addEEnumLiteral(completionStatusEEnum, CompletionStatus.PLANNED);
    addEEnumLiteral(completionStatusEEnum, CompletionStatus.SCHEDULED);
    addEEnumLiteral(completionStatusEEnum, CompletionStatus.COMPLETED);

    initEEnum(knowledgeKindEEnum, KnowledgeKind.class, "KnowledgeKind");
    addEEnumLiteral(knowledgeKindEEnum, KnowledgeKind.SCRIPT);
    addEEnumLiteral(knowledgeKindEEnum, KnowledgeKind.SCENARIO);
    addEEnumLiteral(knowledgeKindEEnum, KnowledgeKind.FAQ);
    addEEnumLiteral(knowledgeKindEEnum, KnowledgeKind.HOW_TO);
    addEEnumLiteral(knowledgeKindEEnum, KnowledgeKind.JOB_AID);

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

} //TrainingPackageImpl
