/**
 */
package tandem.ivr.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import tandem.campaign.model.Campaign;

import tandem.core.model.impl.NamedElementImpl;

import tandem.ivr.model.EntryPoint;
import tandem.ivr.model.IvrPackage;
import tandem.ivr.model.Node;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Entry Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link tandem.ivr.model.impl.EntryPointImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.EntryPointImpl#getCampaignCode <em>Campaign Code</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.EntryPointImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.EntryPointImpl#getFirstNode <em>First Node</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.EntryPointImpl#getLiveFrom <em>Live From</em>}</li>
 *   <li>{@link tandem.ivr.model.impl.EntryPointImpl#getPlatformFlow <em>Platform Flow</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EntryPointImpl extends NamedElementImpl implements EntryPoint
{
  /**
   * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNumber()
   * @generated
   * @ordered
   */
  protected static final String NUMBER_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getNumber()
   * @generated
   * @ordered
   */
  protected String number = NUMBER_EDEFAULT;

  /**
   * The default value of the '{@link #getCampaignCode() <em>Campaign Code</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaignCode()
   * @generated
   * @ordered
   */
  protected static final String CAMPAIGN_CODE_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getCampaignCode() <em>Campaign Code</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaignCode()
   * @generated
   * @ordered
   */
  protected String campaignCode = CAMPAIGN_CODE_EDEFAULT;

  /**
   * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getCampaign()
   * @generated
   * @ordered
   */
  protected Campaign campaign;

  /**
   * The cached value of the '{@link #getFirstNode() <em>First Node</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getFirstNode()
   * @generated
   * @ordered
   */
  protected Node firstNode;

  /**
   * The default value of the '{@link #getLiveFrom() <em>Live From</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLiveFrom()
   * @generated
   * @ordered
   */
  protected static final LocalDate LIVE_FROM_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getLiveFrom() <em>Live From</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getLiveFrom()
   * @generated
   * @ordered
   */
  protected LocalDate liveFrom = LIVE_FROM_EDEFAULT;

  /**
   * The default value of the '{@link #getPlatformFlow() <em>Platform Flow</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPlatformFlow()
   * @generated
   * @ordered
   */
  protected static final String PLATFORM_FLOW_EDEFAULT = null;

  /**
   * The cached value of the '{@link #getPlatformFlow() <em>Platform Flow</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #getPlatformFlow()
   * @generated
   * @ordered
   */
  protected String platformFlow = PLATFORM_FLOW_EDEFAULT;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected EntryPointImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EClass eStaticClass()
  {
    return IvrPackage.Literals.ENTRY_POINT;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getNumber()
  {
    return number;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setNumber(String newNumber)
  {
    String oldNumber = number;
    number = newNumber;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.ENTRY_POINT__NUMBER, oldNumber, number));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getCampaignCode()
  {
    return campaignCode;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCampaignCode(String newCampaignCode)
  {
    String oldCampaignCode = campaignCode;
    campaignCode = newCampaignCode;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.ENTRY_POINT__CAMPAIGN_CODE, oldCampaignCode, campaignCode));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Campaign getCampaign()
  {
    if (campaign != null && campaign.eIsProxy())
    {
      InternalEObject oldCampaign = (InternalEObject)campaign;
      campaign = (Campaign)eResolveProxy(oldCampaign);
      if (campaign != oldCampaign)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.ENTRY_POINT__CAMPAIGN, oldCampaign, campaign));
      }
    }
    return campaign;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Campaign basicGetCampaign()
  {
    return campaign;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setCampaign(Campaign newCampaign)
  {
    Campaign oldCampaign = campaign;
    campaign = newCampaign;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.ENTRY_POINT__CAMPAIGN, oldCampaign, campaign));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Node getFirstNode()
  {
    if (firstNode != null && firstNode.eIsProxy())
    {
      InternalEObject oldFirstNode = (InternalEObject)firstNode;
      firstNode = (Node)eResolveProxy(oldFirstNode);
      if (firstNode != oldFirstNode)
      {
        if (eNotificationRequired())
          eNotify(new ENotificationImpl(this, Notification.RESOLVE, IvrPackage.ENTRY_POINT__FIRST_NODE, oldFirstNode, firstNode));
      }
    }
    return firstNode;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public Node basicGetFirstNode()
  {
    return firstNode;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setFirstNode(Node newFirstNode)
  {
    Node oldFirstNode = firstNode;
    firstNode = newFirstNode;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.ENTRY_POINT__FIRST_NODE, oldFirstNode, firstNode));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public LocalDate getLiveFrom()
  {
    return liveFrom;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setLiveFrom(LocalDate newLiveFrom)
  {
    LocalDate oldLiveFrom = liveFrom;
    liveFrom = newLiveFrom;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.ENTRY_POINT__LIVE_FROM, oldLiveFrom, liveFrom));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getPlatformFlow()
  {
    return platformFlow;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void setPlatformFlow(String newPlatformFlow)
  {
    String oldPlatformFlow = platformFlow;
    platformFlow = newPlatformFlow;
    if (eNotificationRequired())
      eNotify(new ENotificationImpl(this, Notification.SET, IvrPackage.ENTRY_POINT__PLATFORM_FLOW, oldPlatformFlow, platformFlow));
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object eGet(int featureID, boolean resolve, boolean coreType)
  {
    switch (featureID)
    {
      case IvrPackage.ENTRY_POINT__NUMBER:
        return getNumber();
      case IvrPackage.ENTRY_POINT__CAMPAIGN_CODE:
        return getCampaignCode();
      case IvrPackage.ENTRY_POINT__CAMPAIGN:
        if (resolve) return getCampaign();
        return basicGetCampaign();
      case IvrPackage.ENTRY_POINT__FIRST_NODE:
        if (resolve) return getFirstNode();
        return basicGetFirstNode();
      case IvrPackage.ENTRY_POINT__LIVE_FROM:
        return getLiveFrom();
      case IvrPackage.ENTRY_POINT__PLATFORM_FLOW:
        return getPlatformFlow();
    }
    return super.eGet(featureID, resolve, coreType);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eSet(int featureID, Object newValue)
  {
    switch (featureID)
    {
      case IvrPackage.ENTRY_POINT__NUMBER:
        setNumber((String)newValue);
        return;
      case IvrPackage.ENTRY_POINT__CAMPAIGN_CODE:
        setCampaignCode((String)newValue);
        return;
      case IvrPackage.ENTRY_POINT__CAMPAIGN:
        setCampaign((Campaign)newValue);
        return;
      case IvrPackage.ENTRY_POINT__FIRST_NODE:
        setFirstNode((Node)newValue);
        return;
      case IvrPackage.ENTRY_POINT__LIVE_FROM:
        setLiveFrom((LocalDate)newValue);
        return;
      case IvrPackage.ENTRY_POINT__PLATFORM_FLOW:
        setPlatformFlow((String)newValue);
        return;
    }
    super.eSet(featureID, newValue);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void eUnset(int featureID)
  {
    switch (featureID)
    {
      case IvrPackage.ENTRY_POINT__NUMBER:
        setNumber(NUMBER_EDEFAULT);
        return;
      case IvrPackage.ENTRY_POINT__CAMPAIGN_CODE:
        setCampaignCode(CAMPAIGN_CODE_EDEFAULT);
        return;
      case IvrPackage.ENTRY_POINT__CAMPAIGN:
        setCampaign((Campaign)null);
        return;
      case IvrPackage.ENTRY_POINT__FIRST_NODE:
        setFirstNode((Node)null);
        return;
      case IvrPackage.ENTRY_POINT__LIVE_FROM:
        setLiveFrom(LIVE_FROM_EDEFAULT);
        return;
      case IvrPackage.ENTRY_POINT__PLATFORM_FLOW:
        setPlatformFlow(PLATFORM_FLOW_EDEFAULT);
        return;
    }
    super.eUnset(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public boolean eIsSet(int featureID)
  {
    switch (featureID)
    {
      case IvrPackage.ENTRY_POINT__NUMBER:
        return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
      case IvrPackage.ENTRY_POINT__CAMPAIGN_CODE:
        return CAMPAIGN_CODE_EDEFAULT == null ? campaignCode != null : !CAMPAIGN_CODE_EDEFAULT.equals(campaignCode);
      case IvrPackage.ENTRY_POINT__CAMPAIGN:
        return campaign != null;
      case IvrPackage.ENTRY_POINT__FIRST_NODE:
        return firstNode != null;
      case IvrPackage.ENTRY_POINT__LIVE_FROM:
        return LIVE_FROM_EDEFAULT == null ? liveFrom != null : !LIVE_FROM_EDEFAULT.equals(liveFrom);
      case IvrPackage.ENTRY_POINT__PLATFORM_FLOW:
        return PLATFORM_FLOW_EDEFAULT == null ? platformFlow != null : !PLATFORM_FLOW_EDEFAULT.equals(platformFlow);
    }
    return super.eIsSet(featureID);
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    if (eIsProxy()) return super.toString();

    StringBuilder result = new StringBuilder(super.toString());
    result.append(" (number: ");
    result.append(number);
    result.append(", campaignCode: ");
    result.append(campaignCode);
    result.append(", liveFrom: ");
    result.append(liveFrom);
    result.append(", platformFlow: ");
    result.append(platformFlow);
    result.append(')');
    return result.toString();
  }

} //EntryPointImpl
