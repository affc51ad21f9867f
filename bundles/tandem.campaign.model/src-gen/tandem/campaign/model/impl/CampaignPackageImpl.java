/**
 */
package tandem.campaign.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignCalendar;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.CampaignPackage;
import tandem.campaign.model.ChannelShare;
import tandem.campaign.model.Drop;
import tandem.campaign.model.DropKind;
import tandem.campaign.model.Offer;
import tandem.campaign.model.OfferItem;
import tandem.campaign.model.SuccessMetrics;

import tandem.core.model.CorePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CampaignPackageImpl extends EPackageImpl implements CampaignPackage
{
  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass campaignCalendarEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass campaignEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass offerEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass offerItemEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass successMetricsEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass dropEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EClass channelShareEClass = null;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private EEnum dropKindEEnum = null;

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
   * @see tandem.campaign.model.CampaignPackage#eNS_URI
   * @see #init()
   * @generated
   */
  private CampaignPackageImpl()
  {
    super(eNS_URI, CampaignFactory.eINSTANCE);
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
   * <p>This method is used to initialize {@link CampaignPackage#eINSTANCE} when that field is accessed.
   * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #eNS_URI
   * @see #createPackageContents()
   * @see #initializePackageContents()
   * @generated
   */
  public static CampaignPackage init()
  {
    if (isInited) return (CampaignPackage)EPackage.Registry.INSTANCE.getEPackage(CampaignPackage.eNS_URI);

    // Obtain or create and register package
    Object registeredCampaignPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
    CampaignPackageImpl theCampaignPackage = registeredCampaignPackage instanceof CampaignPackageImpl ? (CampaignPackageImpl)registeredCampaignPackage : new CampaignPackageImpl();

    isInited = true;

    // Initialize simple dependencies
    CorePackage.eINSTANCE.eClass();

    // Create package meta-data objects
    theCampaignPackage.createPackageContents();

    // Initialize created meta-data
    theCampaignPackage.initializePackageContents();

    // Mark meta-data to indicate it can't be changed
    theCampaignPackage.freeze();

    // Update the registry and return the package
    EPackage.Registry.INSTANCE.put(CampaignPackage.eNS_URI, theCampaignPackage);
    return theCampaignPackage;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getCampaignCalendar()
  {
    return campaignCalendarEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCampaignCalendar_Campaigns()
  {
    return (EReference)campaignCalendarEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getCampaign()
  {
    return campaignEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCampaign_Owner()
  {
    return (EAttribute)campaignEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCampaign_Objective()
  {
    return (EAttribute)campaignEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCampaign_CampaignCode()
  {
    return (EAttribute)campaignEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCampaign_StartDate()
  {
    return (EAttribute)campaignEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCampaign_EndDate()
  {
    return (EAttribute)campaignEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCampaign_ServiceNotifiedOn()
  {
    return (EAttribute)campaignEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getCampaign_Channels()
  {
    return (EAttribute)campaignEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCampaign_Queues()
  {
    return (EReference)campaignEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCampaign_Offer()
  {
    return (EReference)campaignEClass.getEStructuralFeatures().get(8);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCampaign_SuccessMetrics()
  {
    return (EReference)campaignEClass.getEStructuralFeatures().get(9);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getCampaign_Drops()
  {
    return (EReference)campaignEClass.getEStructuralFeatures().get(10);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getOffer()
  {
    return offerEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOffer_Description()
  {
    return (EAttribute)offerEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOffer_Terms()
  {
    return (EAttribute)offerEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getOffer_Items()
  {
    return (EReference)offerEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getOfferItem()
  {
    return offerItemEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOfferItem_LimitedInventory()
  {
    return (EAttribute)offerItemEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOfferItem_QuantityOnHand()
  {
    return (EAttribute)offerItemEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getOfferItem_RedemptionRate()
  {
    return (EAttribute)offerItemEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getSuccessMetrics()
  {
    return successMetricsEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSuccessMetrics_TargetResponseRate()
  {
    return (EAttribute)successMetricsEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSuccessMetrics_TargetConversions()
  {
    return (EAttribute)successMetricsEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSuccessMetrics_TargetAcquisitions()
  {
    return (EAttribute)successMetricsEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSuccessMetrics_SurveyPlan()
  {
    return (EAttribute)successMetricsEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getSuccessMetrics_FeedbackReviewDate()
  {
    return (EAttribute)successMetricsEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getDrop()
  {
    return dropEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_Kind()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_Date()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_Time()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(2);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_AudienceSize()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(3);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_ResponseRate()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(4);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_DailyShares()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(5);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_ConnectRate()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(6);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_OutboundAhtSeconds()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(7);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getDrop_DiallingEnd()
  {
    return (EAttribute)dropEClass.getEStructuralFeatures().get(8);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EReference getDrop_ChannelShares()
  {
    return (EReference)dropEClass.getEStructuralFeatures().get(9);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EClass getChannelShare()
  {
    return channelShareEClass;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getChannelShare_Channel()
  {
    return (EAttribute)channelShareEClass.getEStructuralFeatures().get(0);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EAttribute getChannelShare_Share()
  {
    return (EAttribute)channelShareEClass.getEStructuralFeatures().get(1);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EEnum getDropKind()
  {
    return dropKindEEnum;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public CampaignFactory getCampaignFactory()
  {
    return (CampaignFactory)getEFactoryInstance();
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
    campaignCalendarEClass = createEClass(CAMPAIGN_CALENDAR);
    createEReference(campaignCalendarEClass, CAMPAIGN_CALENDAR__CAMPAIGNS);

    campaignEClass = createEClass(CAMPAIGN);
    createEAttribute(campaignEClass, CAMPAIGN__OWNER);
    createEAttribute(campaignEClass, CAMPAIGN__OBJECTIVE);
    createEAttribute(campaignEClass, CAMPAIGN__CAMPAIGN_CODE);
    createEAttribute(campaignEClass, CAMPAIGN__START_DATE);
    createEAttribute(campaignEClass, CAMPAIGN__END_DATE);
    createEAttribute(campaignEClass, CAMPAIGN__SERVICE_NOTIFIED_ON);
    createEAttribute(campaignEClass, CAMPAIGN__CHANNELS);
    createEReference(campaignEClass, CAMPAIGN__QUEUES);
    createEReference(campaignEClass, CAMPAIGN__OFFER);
    createEReference(campaignEClass, CAMPAIGN__SUCCESS_METRICS);
    createEReference(campaignEClass, CAMPAIGN__DROPS);

    offerEClass = createEClass(OFFER);
    createEAttribute(offerEClass, OFFER__DESCRIPTION);
    createEAttribute(offerEClass, OFFER__TERMS);
    createEReference(offerEClass, OFFER__ITEMS);

    offerItemEClass = createEClass(OFFER_ITEM);
    createEAttribute(offerItemEClass, OFFER_ITEM__LIMITED_INVENTORY);
    createEAttribute(offerItemEClass, OFFER_ITEM__QUANTITY_ON_HAND);
    createEAttribute(offerItemEClass, OFFER_ITEM__REDEMPTION_RATE);

    successMetricsEClass = createEClass(SUCCESS_METRICS);
    createEAttribute(successMetricsEClass, SUCCESS_METRICS__TARGET_RESPONSE_RATE);
    createEAttribute(successMetricsEClass, SUCCESS_METRICS__TARGET_CONVERSIONS);
    createEAttribute(successMetricsEClass, SUCCESS_METRICS__TARGET_ACQUISITIONS);
    createEAttribute(successMetricsEClass, SUCCESS_METRICS__SURVEY_PLAN);
    createEAttribute(successMetricsEClass, SUCCESS_METRICS__FEEDBACK_REVIEW_DATE);

    dropEClass = createEClass(DROP);
    createEAttribute(dropEClass, DROP__KIND);
    createEAttribute(dropEClass, DROP__DATE);
    createEAttribute(dropEClass, DROP__TIME);
    createEAttribute(dropEClass, DROP__AUDIENCE_SIZE);
    createEAttribute(dropEClass, DROP__RESPONSE_RATE);
    createEAttribute(dropEClass, DROP__DAILY_SHARES);
    createEAttribute(dropEClass, DROP__CONNECT_RATE);
    createEAttribute(dropEClass, DROP__OUTBOUND_AHT_SECONDS);
    createEAttribute(dropEClass, DROP__DIALLING_END);
    createEReference(dropEClass, DROP__CHANNEL_SHARES);

    channelShareEClass = createEClass(CHANNEL_SHARE);
    createEAttribute(channelShareEClass, CHANNEL_SHARE__CHANNEL);
    createEAttribute(channelShareEClass, CHANNEL_SHARE__SHARE);

    // Create enums
    dropKindEEnum = createEEnum(DROP_KIND);
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
    campaignCalendarEClass.getESuperTypes().add(theCorePackage.getPlanDocument());
    campaignEClass.getESuperTypes().add(theCorePackage.getNamedElement());
    offerItemEClass.getESuperTypes().add(theCorePackage.getNamedElement());
    dropEClass.getESuperTypes().add(theCorePackage.getNamedElement());

    // Initialize classes, features, and operations; add parameters
    initEClass(campaignCalendarEClass, CampaignCalendar.class, "CampaignCalendar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEReference(getCampaignCalendar_Campaigns(), this.getCampaign(), null, "campaigns", null, 0, -1, CampaignCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(campaignEClass, Campaign.class, "Campaign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getCampaign_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCampaign_Objective(), ecorePackage.getEString(), "objective", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCampaign_CampaignCode(), ecorePackage.getEString(), "campaignCode", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCampaign_StartDate(), theCorePackage.getLocalDate(), "startDate", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCampaign_EndDate(), theCorePackage.getLocalDate(), "endDate", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCampaign_ServiceNotifiedOn(), theCorePackage.getLocalDate(), "serviceNotifiedOn", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getCampaign_Channels(), this.getDropKind(), "channels", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCampaign_Queues(), theCorePackage.getQueue(), null, "queues", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCampaign_Offer(), this.getOffer(), null, "offer", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCampaign_SuccessMetrics(), this.getSuccessMetrics(), null, "successMetrics", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getCampaign_Drops(), this.getDrop(), null, "drops", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(offerEClass, Offer.class, "Offer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getOffer_Description(), ecorePackage.getEString(), "description", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getOffer_Terms(), ecorePackage.getEString(), "terms", null, 0, 1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getOffer_Items(), this.getOfferItem(), null, "items", null, 0, -1, Offer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(offerItemEClass, OfferItem.class, "OfferItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getOfferItem_LimitedInventory(), ecorePackage.getEBoolean(), "limitedInventory", null, 0, 1, OfferItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getOfferItem_QuantityOnHand(), ecorePackage.getEInt(), "quantityOnHand", null, 0, 1, OfferItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getOfferItem_RedemptionRate(), ecorePackage.getEDouble(), "redemptionRate", null, 0, 1, OfferItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(successMetricsEClass, SuccessMetrics.class, "SuccessMetrics", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getSuccessMetrics_TargetResponseRate(), ecorePackage.getEDouble(), "targetResponseRate", null, 0, 1, SuccessMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSuccessMetrics_TargetConversions(), ecorePackage.getEInt(), "targetConversions", null, 0, 1, SuccessMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSuccessMetrics_TargetAcquisitions(), ecorePackage.getEInt(), "targetAcquisitions", null, 0, 1, SuccessMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSuccessMetrics_SurveyPlan(), ecorePackage.getEString(), "surveyPlan", null, 0, 1, SuccessMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getSuccessMetrics_FeedbackReviewDate(), theCorePackage.getLocalDate(), "feedbackReviewDate", null, 0, 1, SuccessMetrics.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(dropEClass, Drop.class, "Drop", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getDrop_Kind(), this.getDropKind(), "kind", null, 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_Date(), theCorePackage.getLocalDate(), "date", null, 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_Time(), theCorePackage.getLocalTime(), "time", null, 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_AudienceSize(), ecorePackage.getELong(), "audienceSize", null, 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_ResponseRate(), ecorePackage.getEDouble(), "responseRate", null, 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_DailyShares(), ecorePackage.getEDouble(), "dailyShares", null, 0, -1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_ConnectRate(), ecorePackage.getEDouble(), "connectRate", "0.3", 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_OutboundAhtSeconds(), ecorePackage.getEDouble(), "outboundAhtSeconds", "240", 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getDrop_DiallingEnd(), theCorePackage.getLocalTime(), "diallingEnd", null, 0, 1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEReference(getDrop_ChannelShares(), this.getChannelShare(), null, "channelShares", null, 0, -1, Drop.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    initEClass(channelShareEClass, ChannelShare.class, "ChannelShare", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
    initEAttribute(getChannelShare_Channel(), theCorePackage.getChannel(), "channel", null, 0, 1, ChannelShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
    initEAttribute(getChannelShare_Share(), ecorePackage.getEDouble(), "share", null, 0, 1, ChannelShare.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

    // Initialize enums and add enum literals
    initEEnum(dropKindEEnum, DropKind.class, "DropKind");
    addEEnumLiteral(dropKindEEnum, DropKind.MAIL);
    addEEnumLiteral(dropKindEEnum, DropKind.EMAIL_BLAST);
    addEEnumLiteral(dropKindEEnum, DropKind.BANNER);
    addEEnumLiteral(dropKindEEnum, DropKind.TV);
    addEEnumLiteral(dropKindEEnum, DropKind.RADIO);
    addEEnumLiteral(dropKindEEnum, DropKind.PRINT);
    addEEnumLiteral(dropKindEEnum, DropKind.SOCIAL);
    addEEnumLiteral(dropKindEEnum, DropKind.SMS);
    addEEnumLiteral(dropKindEEnum, DropKind.OUTBOUND_WAVE);

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
      (getOfferItem_RedemptionRate(),
       source,
       new String[]
       {
         "unit", "percent"
       });
    addAnnotation
      (getSuccessMetrics_TargetResponseRate(),
       source,
       new String[]
       {
         "unit", "percent"
       });
    addAnnotation
      (getDrop_ResponseRate(),
       source,
       new String[]
       {
         "unit", "percent"
       });
    addAnnotation
      (getChannelShare_Share(),
       source,
       new String[]
       {
         "unit", "percent"
       });
  }

} //CampaignPackageImpl
