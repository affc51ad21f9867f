/**
 */
package tandem.campaign.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
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
 * Marketing's campaign calendar: campaigns, their dated drops and the extra contacts each drop brings to customer service.
 * <!-- end-model-doc -->
 * @see tandem.campaign.model.CampaignFactory
 * @model kind="package"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore conversionDelegates='http://tandem.dev/time'"
 * @generated
 */
public interface CampaignPackage extends EPackage
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
  String eNS_URI = "http://tandem.dev/campaign/1.0";

  /**
   * The package namespace name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  String eNS_PREFIX = "campaign";

  /**
   * The singleton instance of the package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  CampaignPackage eINSTANCE = tandem.campaign.model.impl.CampaignPackageImpl.init();

  /**
   * The meta object id for the '{@link tandem.campaign.model.impl.CampaignCalendarImpl <em>Calendar</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.impl.CampaignCalendarImpl
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getCampaignCalendar()
   * @generated
   */
  int CAMPAIGN_CALENDAR = 0;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_CALENDAR__ID = CorePackage.PLAN_DOCUMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_CALENDAR__NAME = CorePackage.PLAN_DOCUMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_CALENDAR__DESCRIPTION = CorePackage.PLAN_DOCUMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_CALENDAR__CAMPAIGNS = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 0;

  /**
   * The number of structural features of the '<em>Calendar</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_CALENDAR_FEATURE_COUNT = CorePackage.PLAN_DOCUMENT_FEATURE_COUNT + 1;

  /**
   * The number of operations of the '<em>Calendar</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_CALENDAR_OPERATION_COUNT = CorePackage.PLAN_DOCUMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.campaign.model.impl.CampaignImpl <em>Campaign</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.impl.CampaignImpl
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getCampaign()
   * @generated
   */
  int CAMPAIGN = 1;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Owner</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__OWNER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Objective</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__OBJECTIVE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Campaign Code</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__CAMPAIGN_CODE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Start Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__START_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>End Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__END_DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Service Notified On</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__SERVICE_NOTIFIED_ON = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Channels</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__CHANNELS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Queues</b></em>' reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__QUEUES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

  /**
   * The feature id for the '<em><b>Offer</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__OFFER = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

  /**
   * The feature id for the '<em><b>Success Metrics</b></em>' containment reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__SUCCESS_METRICS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

  /**
   * The feature id for the '<em><b>Drops</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN__DROPS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

  /**
   * The number of structural features of the '<em>Campaign</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 11;

  /**
   * The number of operations of the '<em>Campaign</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CAMPAIGN_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.campaign.model.impl.OfferImpl <em>Offer</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.impl.OfferImpl
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getOffer()
   * @generated
   */
  int OFFER = 2;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER__DESCRIPTION = 0;

  /**
   * The feature id for the '<em><b>Terms</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER__TERMS = 1;

  /**
   * The feature id for the '<em><b>Items</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER__ITEMS = 2;

  /**
   * The number of structural features of the '<em>Offer</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_FEATURE_COUNT = 3;

  /**
   * The number of operations of the '<em>Offer</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.campaign.model.impl.OfferItemImpl <em>Offer Item</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.impl.OfferItemImpl
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getOfferItem()
   * @generated
   */
  int OFFER_ITEM = 3;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Limited Inventory</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM__LIMITED_INVENTORY = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Quantity On Hand</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM__QUANTITY_ON_HAND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Redemption Rate</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM__REDEMPTION_RATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The number of structural features of the '<em>Offer Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The number of operations of the '<em>Offer Item</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int OFFER_ITEM_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.campaign.model.impl.SuccessMetricsImpl <em>Success Metrics</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.impl.SuccessMetricsImpl
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getSuccessMetrics()
   * @generated
   */
  int SUCCESS_METRICS = 4;

  /**
   * The feature id for the '<em><b>Target Response Rate</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SUCCESS_METRICS__TARGET_RESPONSE_RATE = 0;

  /**
   * The feature id for the '<em><b>Target Conversions</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SUCCESS_METRICS__TARGET_CONVERSIONS = 1;

  /**
   * The feature id for the '<em><b>Target Acquisitions</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SUCCESS_METRICS__TARGET_ACQUISITIONS = 2;

  /**
   * The feature id for the '<em><b>Survey Plan</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SUCCESS_METRICS__SURVEY_PLAN = 3;

  /**
   * The feature id for the '<em><b>Feedback Review Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SUCCESS_METRICS__FEEDBACK_REVIEW_DATE = 4;

  /**
   * The number of structural features of the '<em>Success Metrics</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SUCCESS_METRICS_FEATURE_COUNT = 5;

  /**
   * The number of operations of the '<em>Success Metrics</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int SUCCESS_METRICS_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.campaign.model.impl.DropImpl <em>Drop</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.impl.DropImpl
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getDrop()
   * @generated
   */
  int DROP = 5;

  /**
   * The feature id for the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__ID = CorePackage.NAMED_ELEMENT__ID;

  /**
   * The feature id for the '<em><b>Name</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__NAME = CorePackage.NAMED_ELEMENT__NAME;

  /**
   * The feature id for the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__DESCRIPTION = CorePackage.NAMED_ELEMENT__DESCRIPTION;

  /**
   * The feature id for the '<em><b>Kind</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__KIND = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 0;

  /**
   * The feature id for the '<em><b>Date</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__DATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 1;

  /**
   * The feature id for the '<em><b>Time</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__TIME = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 2;

  /**
   * The feature id for the '<em><b>Audience Size</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__AUDIENCE_SIZE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 3;

  /**
   * The feature id for the '<em><b>Response Rate</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__RESPONSE_RATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 4;

  /**
   * The feature id for the '<em><b>Daily Shares</b></em>' attribute list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__DAILY_SHARES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 5;

  /**
   * The feature id for the '<em><b>Connect Rate</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__CONNECT_RATE = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 6;

  /**
   * The feature id for the '<em><b>Outbound Aht Seconds</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__OUTBOUND_AHT_SECONDS = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 7;

  /**
   * The feature id for the '<em><b>Dialling End</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__DIALLING_END = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 8;

  /**
   * The feature id for the '<em><b>Channel Shares</b></em>' containment reference list.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP__CHANNEL_SHARES = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 9;

  /**
   * The number of structural features of the '<em>Drop</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP_FEATURE_COUNT = CorePackage.NAMED_ELEMENT_FEATURE_COUNT + 10;

  /**
   * The number of operations of the '<em>Drop</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int DROP_OPERATION_COUNT = CorePackage.NAMED_ELEMENT_OPERATION_COUNT + 0;

  /**
   * The meta object id for the '{@link tandem.campaign.model.impl.ChannelShareImpl <em>Channel Share</em>}' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.impl.ChannelShareImpl
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getChannelShare()
   * @generated
   */
  int CHANNEL_SHARE = 6;

  /**
   * The feature id for the '<em><b>Channel</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CHANNEL_SHARE__CHANNEL = 0;

  /**
   * The feature id for the '<em><b>Share</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CHANNEL_SHARE__SHARE = 1;

  /**
   * The number of structural features of the '<em>Channel Share</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CHANNEL_SHARE_FEATURE_COUNT = 2;

  /**
   * The number of operations of the '<em>Channel Share</em>' class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   * @ordered
   */
  int CHANNEL_SHARE_OPERATION_COUNT = 0;

  /**
   * The meta object id for the '{@link tandem.campaign.model.DropKind <em>Drop Kind</em>}' enum.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see tandem.campaign.model.DropKind
   * @see tandem.campaign.model.impl.CampaignPackageImpl#getDropKind()
   * @generated
   */
  int DROP_KIND = 7;


  /**
   * Returns the meta object for class '{@link tandem.campaign.model.CampaignCalendar <em>Calendar</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Calendar</em>'.
   * @see tandem.campaign.model.CampaignCalendar
   * @generated
   */
  EClass getCampaignCalendar();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.campaign.model.CampaignCalendar#getCampaigns <em>Campaigns</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Campaigns</em>'.
   * @see tandem.campaign.model.CampaignCalendar#getCampaigns()
   * @see #getCampaignCalendar()
   * @generated
   */
  EReference getCampaignCalendar_Campaigns();

  /**
   * Returns the meta object for class '{@link tandem.campaign.model.Campaign <em>Campaign</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Campaign</em>'.
   * @see tandem.campaign.model.Campaign
   * @generated
   */
  EClass getCampaign();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Campaign#getOwner <em>Owner</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Owner</em>'.
   * @see tandem.campaign.model.Campaign#getOwner()
   * @see #getCampaign()
   * @generated
   */
  EAttribute getCampaign_Owner();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Campaign#getObjective <em>Objective</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Objective</em>'.
   * @see tandem.campaign.model.Campaign#getObjective()
   * @see #getCampaign()
   * @generated
   */
  EAttribute getCampaign_Objective();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Campaign#getCampaignCode <em>Campaign Code</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Campaign Code</em>'.
   * @see tandem.campaign.model.Campaign#getCampaignCode()
   * @see #getCampaign()
   * @generated
   */
  EAttribute getCampaign_CampaignCode();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Campaign#getStartDate <em>Start Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Start Date</em>'.
   * @see tandem.campaign.model.Campaign#getStartDate()
   * @see #getCampaign()
   * @generated
   */
  EAttribute getCampaign_StartDate();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Campaign#getEndDate <em>End Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>End Date</em>'.
   * @see tandem.campaign.model.Campaign#getEndDate()
   * @see #getCampaign()
   * @generated
   */
  EAttribute getCampaign_EndDate();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Campaign#getServiceNotifiedOn <em>Service Notified On</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Service Notified On</em>'.
   * @see tandem.campaign.model.Campaign#getServiceNotifiedOn()
   * @see #getCampaign()
   * @generated
   */
  EAttribute getCampaign_ServiceNotifiedOn();

  /**
   * Returns the meta object for the attribute list '{@link tandem.campaign.model.Campaign#getChannels <em>Channels</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Channels</em>'.
   * @see tandem.campaign.model.Campaign#getChannels()
   * @see #getCampaign()
   * @generated
   */
  EAttribute getCampaign_Channels();

  /**
   * Returns the meta object for the reference list '{@link tandem.campaign.model.Campaign#getQueues <em>Queues</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the reference list '<em>Queues</em>'.
   * @see tandem.campaign.model.Campaign#getQueues()
   * @see #getCampaign()
   * @generated
   */
  EReference getCampaign_Queues();

  /**
   * Returns the meta object for the containment reference '{@link tandem.campaign.model.Campaign#getOffer <em>Offer</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference '<em>Offer</em>'.
   * @see tandem.campaign.model.Campaign#getOffer()
   * @see #getCampaign()
   * @generated
   */
  EReference getCampaign_Offer();

  /**
   * Returns the meta object for the containment reference '{@link tandem.campaign.model.Campaign#getSuccessMetrics <em>Success Metrics</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference '<em>Success Metrics</em>'.
   * @see tandem.campaign.model.Campaign#getSuccessMetrics()
   * @see #getCampaign()
   * @generated
   */
  EReference getCampaign_SuccessMetrics();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.campaign.model.Campaign#getDrops <em>Drops</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Drops</em>'.
   * @see tandem.campaign.model.Campaign#getDrops()
   * @see #getCampaign()
   * @generated
   */
  EReference getCampaign_Drops();

  /**
   * Returns the meta object for class '{@link tandem.campaign.model.Offer <em>Offer</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Offer</em>'.
   * @see tandem.campaign.model.Offer
   * @generated
   */
  EClass getOffer();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Offer#getDescription <em>Description</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Description</em>'.
   * @see tandem.campaign.model.Offer#getDescription()
   * @see #getOffer()
   * @generated
   */
  EAttribute getOffer_Description();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Offer#getTerms <em>Terms</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Terms</em>'.
   * @see tandem.campaign.model.Offer#getTerms()
   * @see #getOffer()
   * @generated
   */
  EAttribute getOffer_Terms();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.campaign.model.Offer#getItems <em>Items</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Items</em>'.
   * @see tandem.campaign.model.Offer#getItems()
   * @see #getOffer()
   * @generated
   */
  EReference getOffer_Items();

  /**
   * Returns the meta object for class '{@link tandem.campaign.model.OfferItem <em>Offer Item</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Offer Item</em>'.
   * @see tandem.campaign.model.OfferItem
   * @generated
   */
  EClass getOfferItem();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.OfferItem#isLimitedInventory <em>Limited Inventory</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Limited Inventory</em>'.
   * @see tandem.campaign.model.OfferItem#isLimitedInventory()
   * @see #getOfferItem()
   * @generated
   */
  EAttribute getOfferItem_LimitedInventory();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.OfferItem#getQuantityOnHand <em>Quantity On Hand</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Quantity On Hand</em>'.
   * @see tandem.campaign.model.OfferItem#getQuantityOnHand()
   * @see #getOfferItem()
   * @generated
   */
  EAttribute getOfferItem_QuantityOnHand();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.OfferItem#getRedemptionRate <em>Redemption Rate</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Redemption Rate</em>'.
   * @see tandem.campaign.model.OfferItem#getRedemptionRate()
   * @see #getOfferItem()
   * @generated
   */
  EAttribute getOfferItem_RedemptionRate();

  /**
   * Returns the meta object for class '{@link tandem.campaign.model.SuccessMetrics <em>Success Metrics</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Success Metrics</em>'.
   * @see tandem.campaign.model.SuccessMetrics
   * @generated
   */
  EClass getSuccessMetrics();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.SuccessMetrics#getTargetResponseRate <em>Target Response Rate</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Target Response Rate</em>'.
   * @see tandem.campaign.model.SuccessMetrics#getTargetResponseRate()
   * @see #getSuccessMetrics()
   * @generated
   */
  EAttribute getSuccessMetrics_TargetResponseRate();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.SuccessMetrics#getTargetConversions <em>Target Conversions</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Target Conversions</em>'.
   * @see tandem.campaign.model.SuccessMetrics#getTargetConversions()
   * @see #getSuccessMetrics()
   * @generated
   */
  EAttribute getSuccessMetrics_TargetConversions();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.SuccessMetrics#getTargetAcquisitions <em>Target Acquisitions</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Target Acquisitions</em>'.
   * @see tandem.campaign.model.SuccessMetrics#getTargetAcquisitions()
   * @see #getSuccessMetrics()
   * @generated
   */
  EAttribute getSuccessMetrics_TargetAcquisitions();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.SuccessMetrics#getSurveyPlan <em>Survey Plan</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Survey Plan</em>'.
   * @see tandem.campaign.model.SuccessMetrics#getSurveyPlan()
   * @see #getSuccessMetrics()
   * @generated
   */
  EAttribute getSuccessMetrics_SurveyPlan();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.SuccessMetrics#getFeedbackReviewDate <em>Feedback Review Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Feedback Review Date</em>'.
   * @see tandem.campaign.model.SuccessMetrics#getFeedbackReviewDate()
   * @see #getSuccessMetrics()
   * @generated
   */
  EAttribute getSuccessMetrics_FeedbackReviewDate();

  /**
   * Returns the meta object for class '{@link tandem.campaign.model.Drop <em>Drop</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Drop</em>'.
   * @see tandem.campaign.model.Drop
   * @generated
   */
  EClass getDrop();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getKind <em>Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Kind</em>'.
   * @see tandem.campaign.model.Drop#getKind()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_Kind();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getDate <em>Date</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Date</em>'.
   * @see tandem.campaign.model.Drop#getDate()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_Date();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getTime <em>Time</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Time</em>'.
   * @see tandem.campaign.model.Drop#getTime()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_Time();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getAudienceSize <em>Audience Size</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Audience Size</em>'.
   * @see tandem.campaign.model.Drop#getAudienceSize()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_AudienceSize();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getResponseRate <em>Response Rate</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Response Rate</em>'.
   * @see tandem.campaign.model.Drop#getResponseRate()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_ResponseRate();

  /**
   * Returns the meta object for the attribute list '{@link tandem.campaign.model.Drop#getDailyShares <em>Daily Shares</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute list '<em>Daily Shares</em>'.
   * @see tandem.campaign.model.Drop#getDailyShares()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_DailyShares();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getConnectRate <em>Connect Rate</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Connect Rate</em>'.
   * @see tandem.campaign.model.Drop#getConnectRate()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_ConnectRate();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getOutboundAhtSeconds <em>Outbound Aht Seconds</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Outbound Aht Seconds</em>'.
   * @see tandem.campaign.model.Drop#getOutboundAhtSeconds()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_OutboundAhtSeconds();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.Drop#getDiallingEnd <em>Dialling End</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Dialling End</em>'.
   * @see tandem.campaign.model.Drop#getDiallingEnd()
   * @see #getDrop()
   * @generated
   */
  EAttribute getDrop_DiallingEnd();

  /**
   * Returns the meta object for the containment reference list '{@link tandem.campaign.model.Drop#getChannelShares <em>Channel Shares</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the containment reference list '<em>Channel Shares</em>'.
   * @see tandem.campaign.model.Drop#getChannelShares()
   * @see #getDrop()
   * @generated
   */
  EReference getDrop_ChannelShares();

  /**
   * Returns the meta object for class '{@link tandem.campaign.model.ChannelShare <em>Channel Share</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for class '<em>Channel Share</em>'.
   * @see tandem.campaign.model.ChannelShare
   * @generated
   */
  EClass getChannelShare();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.ChannelShare#getChannel <em>Channel</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Channel</em>'.
   * @see tandem.campaign.model.ChannelShare#getChannel()
   * @see #getChannelShare()
   * @generated
   */
  EAttribute getChannelShare_Channel();

  /**
   * Returns the meta object for the attribute '{@link tandem.campaign.model.ChannelShare#getShare <em>Share</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for the attribute '<em>Share</em>'.
   * @see tandem.campaign.model.ChannelShare#getShare()
   * @see #getChannelShare()
   * @generated
   */
  EAttribute getChannelShare_Share();

  /**
   * Returns the meta object for enum '{@link tandem.campaign.model.DropKind <em>Drop Kind</em>}'.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the meta object for enum '<em>Drop Kind</em>'.
   * @see tandem.campaign.model.DropKind
   * @generated
   */
  EEnum getDropKind();

  /**
   * Returns the factory that creates the instances of the model.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the factory that creates the instances of the model.
   * @generated
   */
  CampaignFactory getCampaignFactory();

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
     * The meta object literal for the '{@link tandem.campaign.model.impl.CampaignCalendarImpl <em>Calendar</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.impl.CampaignCalendarImpl
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getCampaignCalendar()
     * @generated
     */
    EClass CAMPAIGN_CALENDAR = eINSTANCE.getCampaignCalendar();

    /**
     * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CAMPAIGN_CALENDAR__CAMPAIGNS = eINSTANCE.getCampaignCalendar_Campaigns();

    /**
     * The meta object literal for the '{@link tandem.campaign.model.impl.CampaignImpl <em>Campaign</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.impl.CampaignImpl
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getCampaign()
     * @generated
     */
    EClass CAMPAIGN = eINSTANCE.getCampaign();

    /**
     * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CAMPAIGN__OWNER = eINSTANCE.getCampaign_Owner();

    /**
     * The meta object literal for the '<em><b>Objective</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CAMPAIGN__OBJECTIVE = eINSTANCE.getCampaign_Objective();

    /**
     * The meta object literal for the '<em><b>Campaign Code</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CAMPAIGN__CAMPAIGN_CODE = eINSTANCE.getCampaign_CampaignCode();

    /**
     * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CAMPAIGN__START_DATE = eINSTANCE.getCampaign_StartDate();

    /**
     * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CAMPAIGN__END_DATE = eINSTANCE.getCampaign_EndDate();

    /**
     * The meta object literal for the '<em><b>Service Notified On</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CAMPAIGN__SERVICE_NOTIFIED_ON = eINSTANCE.getCampaign_ServiceNotifiedOn();

    /**
     * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CAMPAIGN__CHANNELS = eINSTANCE.getCampaign_Channels();

    /**
     * The meta object literal for the '<em><b>Queues</b></em>' reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CAMPAIGN__QUEUES = eINSTANCE.getCampaign_Queues();

    /**
     * The meta object literal for the '<em><b>Offer</b></em>' containment reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CAMPAIGN__OFFER = eINSTANCE.getCampaign_Offer();

    /**
     * The meta object literal for the '<em><b>Success Metrics</b></em>' containment reference feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CAMPAIGN__SUCCESS_METRICS = eINSTANCE.getCampaign_SuccessMetrics();

    /**
     * The meta object literal for the '<em><b>Drops</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference CAMPAIGN__DROPS = eINSTANCE.getCampaign_Drops();

    /**
     * The meta object literal for the '{@link tandem.campaign.model.impl.OfferImpl <em>Offer</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.impl.OfferImpl
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getOffer()
     * @generated
     */
    EClass OFFER = eINSTANCE.getOffer();

    /**
     * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OFFER__DESCRIPTION = eINSTANCE.getOffer_Description();

    /**
     * The meta object literal for the '<em><b>Terms</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OFFER__TERMS = eINSTANCE.getOffer_Terms();

    /**
     * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference OFFER__ITEMS = eINSTANCE.getOffer_Items();

    /**
     * The meta object literal for the '{@link tandem.campaign.model.impl.OfferItemImpl <em>Offer Item</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.impl.OfferItemImpl
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getOfferItem()
     * @generated
     */
    EClass OFFER_ITEM = eINSTANCE.getOfferItem();

    /**
     * The meta object literal for the '<em><b>Limited Inventory</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OFFER_ITEM__LIMITED_INVENTORY = eINSTANCE.getOfferItem_LimitedInventory();

    /**
     * The meta object literal for the '<em><b>Quantity On Hand</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OFFER_ITEM__QUANTITY_ON_HAND = eINSTANCE.getOfferItem_QuantityOnHand();

    /**
     * The meta object literal for the '<em><b>Redemption Rate</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute OFFER_ITEM__REDEMPTION_RATE = eINSTANCE.getOfferItem_RedemptionRate();

    /**
     * The meta object literal for the '{@link tandem.campaign.model.impl.SuccessMetricsImpl <em>Success Metrics</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.impl.SuccessMetricsImpl
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getSuccessMetrics()
     * @generated
     */
    EClass SUCCESS_METRICS = eINSTANCE.getSuccessMetrics();

    /**
     * The meta object literal for the '<em><b>Target Response Rate</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SUCCESS_METRICS__TARGET_RESPONSE_RATE = eINSTANCE.getSuccessMetrics_TargetResponseRate();

    /**
     * The meta object literal for the '<em><b>Target Conversions</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SUCCESS_METRICS__TARGET_CONVERSIONS = eINSTANCE.getSuccessMetrics_TargetConversions();

    /**
     * The meta object literal for the '<em><b>Target Acquisitions</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SUCCESS_METRICS__TARGET_ACQUISITIONS = eINSTANCE.getSuccessMetrics_TargetAcquisitions();

    /**
     * The meta object literal for the '<em><b>Survey Plan</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SUCCESS_METRICS__SURVEY_PLAN = eINSTANCE.getSuccessMetrics_SurveyPlan();

    /**
     * The meta object literal for the '<em><b>Feedback Review Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute SUCCESS_METRICS__FEEDBACK_REVIEW_DATE = eINSTANCE.getSuccessMetrics_FeedbackReviewDate();

    /**
     * The meta object literal for the '{@link tandem.campaign.model.impl.DropImpl <em>Drop</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.impl.DropImpl
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getDrop()
     * @generated
     */
    EClass DROP = eINSTANCE.getDrop();

    /**
     * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__KIND = eINSTANCE.getDrop_Kind();

    /**
     * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__DATE = eINSTANCE.getDrop_Date();

    /**
     * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__TIME = eINSTANCE.getDrop_Time();

    /**
     * The meta object literal for the '<em><b>Audience Size</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__AUDIENCE_SIZE = eINSTANCE.getDrop_AudienceSize();

    /**
     * The meta object literal for the '<em><b>Response Rate</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__RESPONSE_RATE = eINSTANCE.getDrop_ResponseRate();

    /**
     * The meta object literal for the '<em><b>Daily Shares</b></em>' attribute list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__DAILY_SHARES = eINSTANCE.getDrop_DailyShares();

    /**
     * The meta object literal for the '<em><b>Connect Rate</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__CONNECT_RATE = eINSTANCE.getDrop_ConnectRate();

    /**
     * The meta object literal for the '<em><b>Outbound Aht Seconds</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__OUTBOUND_AHT_SECONDS = eINSTANCE.getDrop_OutboundAhtSeconds();

    /**
     * The meta object literal for the '<em><b>Dialling End</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute DROP__DIALLING_END = eINSTANCE.getDrop_DiallingEnd();

    /**
     * The meta object literal for the '<em><b>Channel Shares</b></em>' containment reference list feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EReference DROP__CHANNEL_SHARES = eINSTANCE.getDrop_ChannelShares();

    /**
     * The meta object literal for the '{@link tandem.campaign.model.impl.ChannelShareImpl <em>Channel Share</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.impl.ChannelShareImpl
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getChannelShare()
     * @generated
     */
    EClass CHANNEL_SHARE = eINSTANCE.getChannelShare();

    /**
     * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CHANNEL_SHARE__CHANNEL = eINSTANCE.getChannelShare_Channel();

    /**
     * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    EAttribute CHANNEL_SHARE__SHARE = eINSTANCE.getChannelShare_Share();

    /**
     * The meta object literal for the '{@link tandem.campaign.model.DropKind <em>Drop Kind</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see tandem.campaign.model.DropKind
     * @see tandem.campaign.model.impl.CampaignPackageImpl#getDropKind()
     * @generated
     */
    EEnum DROP_KIND = eINSTANCE.getDropKind();

  }

} //CampaignPackage
