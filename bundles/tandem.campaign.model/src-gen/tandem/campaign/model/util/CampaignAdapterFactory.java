/**
 */
package tandem.campaign.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import tandem.campaign.model.*;

import tandem.core.model.Identified;
import tandem.core.model.NamedElement;
import tandem.core.model.PlanDocument;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see tandem.campaign.model.CampaignPackage
 * @generated
 */
public class CampaignAdapterFactory extends AdapterFactoryImpl
{
  /**
   * The cached model package.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected static CampaignPackage modelPackage;

  /**
   * Creates an instance of the adapter factory.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public CampaignAdapterFactory()
  {
    if (modelPackage == null)
    {
      modelPackage = CampaignPackage.eINSTANCE;
    }
  }

  /**
   * Returns whether this factory is applicable for the type of the object.
   * <!-- begin-user-doc -->
   * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
   * <!-- end-user-doc -->
   * @return whether this factory is applicable for the type of the object.
   * @generated
   */
  @Override
  public boolean isFactoryForType(Object object)
  {
    if (object == modelPackage)
    {
      return true;
    }
    if (object instanceof EObject)
    {
      return ((EObject)object).eClass().getEPackage() == modelPackage;
    }
    return false;
  }

  /**
   * The switch that delegates to the <code>createXXX</code> methods.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected CampaignSwitch<Adapter> modelSwitch =
    new CampaignSwitch<Adapter>()
    {
      @Override
      public Adapter caseCampaignCalendar(CampaignCalendar object)
      {
        return createCampaignCalendarAdapter();
      }
      @Override
      public Adapter caseCampaign(Campaign object)
      {
        return createCampaignAdapter();
      }
      @Override
      public Adapter caseOffer(Offer object)
      {
        return createOfferAdapter();
      }
      @Override
      public Adapter caseOfferItem(OfferItem object)
      {
        return createOfferItemAdapter();
      }
      @Override
      public Adapter caseSuccessMetrics(SuccessMetrics object)
      {
        return createSuccessMetricsAdapter();
      }
      @Override
      public Adapter caseDrop(Drop object)
      {
        return createDropAdapter();
      }
      @Override
      public Adapter caseChannelShare(ChannelShare object)
      {
        return createChannelShareAdapter();
      }
      @Override
      public Adapter caseIdentified(Identified object)
      {
        return createIdentifiedAdapter();
      }
      @Override
      public Adapter caseNamedElement(NamedElement object)
      {
        return createNamedElementAdapter();
      }
      @Override
      public Adapter casePlanDocument(PlanDocument object)
      {
        return createPlanDocumentAdapter();
      }
      @Override
      public Adapter defaultCase(EObject object)
      {
        return createEObjectAdapter();
      }
    };

  /**
   * Creates an adapter for the <code>target</code>.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param target the object to adapt.
   * @return the adapter for the <code>target</code>.
   * @generated
   */
  @Override
  public Adapter createAdapter(Notifier target)
  {
    return modelSwitch.doSwitch((EObject)target);
  }


  /**
   * Creates a new adapter for an object of class '{@link tandem.campaign.model.CampaignCalendar <em>Calendar</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.campaign.model.CampaignCalendar
   * @generated
   */
  public Adapter createCampaignCalendarAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.campaign.model.Campaign <em>Campaign</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.campaign.model.Campaign
   * @generated
   */
  public Adapter createCampaignAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.campaign.model.Offer <em>Offer</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.campaign.model.Offer
   * @generated
   */
  public Adapter createOfferAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.campaign.model.OfferItem <em>Offer Item</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.campaign.model.OfferItem
   * @generated
   */
  public Adapter createOfferItemAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.campaign.model.SuccessMetrics <em>Success Metrics</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.campaign.model.SuccessMetrics
   * @generated
   */
  public Adapter createSuccessMetricsAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.campaign.model.Drop <em>Drop</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.campaign.model.Drop
   * @generated
   */
  public Adapter createDropAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.campaign.model.ChannelShare <em>Channel Share</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.campaign.model.ChannelShare
   * @generated
   */
  public Adapter createChannelShareAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.core.model.Identified <em>Identified</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.core.model.Identified
   * @generated
   */
  public Adapter createIdentifiedAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.core.model.NamedElement <em>Named Element</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.core.model.NamedElement
   * @generated
   */
  public Adapter createNamedElementAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for an object of class '{@link tandem.core.model.PlanDocument <em>Plan Document</em>}'.
   * <!-- begin-user-doc -->
   * This default implementation returns null so that we can easily ignore cases;
   * it's useful to ignore a case when inheritance will catch all the cases anyway.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @see tandem.core.model.PlanDocument
   * @generated
   */
  public Adapter createPlanDocumentAdapter()
  {
    return null;
  }

  /**
   * Creates a new adapter for the default case.
   * <!-- begin-user-doc -->
   * This default implementation returns null.
   * <!-- end-user-doc -->
   * @return the new adapter.
   * @generated
   */
  public Adapter createEObjectAdapter()
  {
    return null;
  }

} //CampaignAdapterFactory
