/**
 */
package tandem.campaign.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import tandem.campaign.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CampaignFactoryImpl extends EFactoryImpl implements CampaignFactory
{
  /**
   * Creates the default factory implementation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static CampaignFactory init()
  {
    try
    {
      CampaignFactory theCampaignFactory = (CampaignFactory)EPackage.Registry.INSTANCE.getEFactory(CampaignPackage.eNS_URI);
      if (theCampaignFactory != null)
      {
        return theCampaignFactory;
      }
    }
    catch (Exception exception)
    {
      EcorePlugin.INSTANCE.log(exception);
    }
    return new CampaignFactoryImpl();
  }

  /**
   * Creates an instance of the factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public CampaignFactoryImpl()
  {
    super();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public EObject create(EClass eClass)
  {
    switch (eClass.getClassifierID())
    {
      case CampaignPackage.CAMPAIGN_CALENDAR: return createCampaignCalendar();
      case CampaignPackage.CAMPAIGN: return createCampaign();
      case CampaignPackage.OFFER: return createOffer();
      case CampaignPackage.OFFER_ITEM: return createOfferItem();
      case CampaignPackage.SUCCESS_METRICS: return createSuccessMetrics();
      case CampaignPackage.DROP: return createDrop();
      case CampaignPackage.CHANNEL_SHARE: return createChannelShare();
      default:
        throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object createFromString(EDataType eDataType, String initialValue)
  {
    switch (eDataType.getClassifierID())
    {
      case CampaignPackage.DROP_KIND:
        return createDropKindFromString(eDataType, initialValue);
      default:
        throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String convertToString(EDataType eDataType, Object instanceValue)
  {
    switch (eDataType.getClassifierID())
    {
      case CampaignPackage.DROP_KIND:
        return convertDropKindToString(eDataType, instanceValue);
      default:
        throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
    }
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public CampaignCalendar createCampaignCalendar()
  {
    CampaignCalendarImpl campaignCalendar = new CampaignCalendarImpl();
    return campaignCalendar;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Campaign createCampaign()
  {
    CampaignImpl campaign = new CampaignImpl();
    return campaign;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Offer createOffer()
  {
    OfferImpl offer = new OfferImpl();
    return offer;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public OfferItem createOfferItem()
  {
    OfferItemImpl offerItem = new OfferItemImpl();
    return offerItem;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public SuccessMetrics createSuccessMetrics()
  {
    SuccessMetricsImpl successMetrics = new SuccessMetricsImpl();
    return successMetrics;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Drop createDrop()
  {
    DropImpl drop = new DropImpl();
    return drop;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ChannelShare createChannelShare()
  {
    ChannelShareImpl channelShare = new ChannelShareImpl();
    return channelShare;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public DropKind createDropKindFromString(EDataType eDataType, String initialValue)
  {
    DropKind result = DropKind.get(initialValue);
    if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
    return result;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public String convertDropKindToString(EDataType eDataType, Object instanceValue)
  {
    return instanceValue == null ? null : instanceValue.toString();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public CampaignPackage getCampaignPackage()
  {
    return (CampaignPackage)getEPackage();
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @deprecated
   * @generated
   */
  @Deprecated
  public static CampaignPackage getPackage()
  {
    return CampaignPackage.eINSTANCE;
  }

} //CampaignFactoryImpl
