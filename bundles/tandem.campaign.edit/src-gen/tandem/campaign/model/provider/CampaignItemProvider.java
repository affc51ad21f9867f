/**
 */
package tandem.campaign.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.campaign.model.Campaign;
import tandem.campaign.model.CampaignFactory;
import tandem.campaign.model.CampaignPackage;

import tandem.core.model.provider.NamedElementItemProvider;

/**
 * This is the item provider adapter for a {@link tandem.campaign.model.Campaign} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CampaignItemProvider extends NamedElementItemProvider
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public CampaignItemProvider(AdapterFactory adapterFactory)
  {
    super(adapterFactory);
  }

  /**
   * This returns the property descriptors for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
  {
    if (itemPropertyDescriptors == null)
    {
      super.getPropertyDescriptors(object);

      addOwnerPropertyDescriptor(object);
      addObjectivePropertyDescriptor(object);
      addCampaignCodePropertyDescriptor(object);
      addStartDatePropertyDescriptor(object);
      addEndDatePropertyDescriptor(object);
      addServiceNotifiedOnPropertyDescriptor(object);
      addChannelsPropertyDescriptor(object);
      addQueuesPropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Owner feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addOwnerPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_owner_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_owner_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__OWNER,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Objective feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addObjectivePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_objective_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_objective_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__OBJECTIVE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Campaign Code feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addCampaignCodePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_campaignCode_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_campaignCode_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__CAMPAIGN_CODE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Start Date feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addStartDatePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_startDate_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_startDate_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__START_DATE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the End Date feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addEndDatePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_endDate_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_endDate_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__END_DATE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Service Notified On feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addServiceNotifiedOnPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_serviceNotifiedOn_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_serviceNotifiedOn_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__SERVICE_NOTIFIED_ON,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Channels feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addChannelsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_channels_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_channels_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__CHANNELS,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Queues feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addQueuesPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_Campaign_queues_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_Campaign_queues_feature", "_UI_Campaign_type"),
         CampaignPackage.Literals.CAMPAIGN__QUEUES,
         true,
         false,
         true,
         null,
         null,
         null));
  }

  /**
   * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
   * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
   * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
  {
    if (childrenFeatures == null)
    {
      super.getChildrenFeatures(object);
      childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__OFFER);
      childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__SUCCESS_METRICS);
      childrenFeatures.add(CampaignPackage.Literals.CAMPAIGN__DROPS);
    }
    return childrenFeatures;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected EStructuralFeature getChildFeature(Object object, Object child)
  {
    // Check the type of the specified child object and return the proper feature to use for
    // adding (see {@link AddCommand}) it as a child.

    return super.getChildFeature(object, child);
  }

  /**
   * This returns Campaign.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/Campaign"));
  }

  /**
   * This returns the label text for the adapted class.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getText(Object object)
  {
    String label = ((Campaign)object).getName();
    return label == null || label.length() == 0 ?
      getString("_UI_Campaign_type") :
      getString("_UI_Campaign_type") + " " + label;
  }


  /**
   * This handles model notifications by calling {@link #updateChildren} to update any cached
   * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public void notifyChanged(Notification notification)
  {
    updateChildren(notification);

    switch (notification.getFeatureID(Campaign.class))
    {
      case CampaignPackage.CAMPAIGN__OWNER:
      case CampaignPackage.CAMPAIGN__OBJECTIVE:
      case CampaignPackage.CAMPAIGN__CAMPAIGN_CODE:
      case CampaignPackage.CAMPAIGN__START_DATE:
      case CampaignPackage.CAMPAIGN__END_DATE:
      case CampaignPackage.CAMPAIGN__SERVICE_NOTIFIED_ON:
      case CampaignPackage.CAMPAIGN__CHANNELS:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
        return;
      case CampaignPackage.CAMPAIGN__OFFER:
      case CampaignPackage.CAMPAIGN__SUCCESS_METRICS:
      case CampaignPackage.CAMPAIGN__DROPS:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
        return;
    }
    super.notifyChanged(notification);
  }

  /**
   * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
   * that can be created under this object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
  {
    super.collectNewChildDescriptors(newChildDescriptors, object);

    newChildDescriptors.add
      (createChildParameter
        (CampaignPackage.Literals.CAMPAIGN__OFFER,
         CampaignFactory.eINSTANCE.createOffer()));

    newChildDescriptors.add
      (createChildParameter
        (CampaignPackage.Literals.CAMPAIGN__SUCCESS_METRICS,
         CampaignFactory.eINSTANCE.createSuccessMetrics()));

    newChildDescriptors.add
      (createChildParameter
        (CampaignPackage.Literals.CAMPAIGN__DROPS,
         CampaignFactory.eINSTANCE.createDrop()));
  }

  /**
   * Return the resource locator for this item provider's resources.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public ResourceLocator getResourceLocator()
  {
    return CampaignEditPlugin.INSTANCE;
  }

}
