/**
 */
package tandem.training.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import tandem.core.model.provider.NamedElementItemProvider;

import tandem.training.model.KnowledgeItem;
import tandem.training.model.TrainingPackage;

/**
 * This is the item provider adapter for a {@link tandem.training.model.KnowledgeItem} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class KnowledgeItemItemProvider extends NamedElementItemProvider
{
  /**
   * This constructs an instance from a factory and a notifier.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public KnowledgeItemItemProvider(AdapterFactory adapterFactory)
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

      addKindPropertyDescriptor(object);
      addOwnerPropertyDescriptor(object);
      addVersionPropertyDescriptor(object);
      addApprovalDatePropertyDescriptor(object);
      addTextPropertyDescriptor(object);
      addQuestionPropertyDescriptor(object);
      addAnswerPropertyDescriptor(object);
      addCampaignsPropertyDescriptor(object);
    }
    return itemPropertyDescriptors;
  }

  /**
   * This adds a property descriptor for the Kind feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addKindPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_KnowledgeItem_kind_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_kind_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__KIND,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
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
         getString("_UI_KnowledgeItem_owner_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_owner_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__OWNER,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Version feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addVersionPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_KnowledgeItem_version_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_version_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__VERSION,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Approval Date feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addApprovalDatePropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_KnowledgeItem_approvalDate_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_approvalDate_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__APPROVAL_DATE,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Text feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addTextPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_KnowledgeItem_text_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_text_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__TEXT,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Question feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addQuestionPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_KnowledgeItem_question_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_question_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__QUESTION,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Answer feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addAnswerPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_KnowledgeItem_answer_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_answer_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__ANSWER,
         true,
         false,
         false,
         ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
         null,
         null));
  }

  /**
   * This adds a property descriptor for the Campaigns feature.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  protected void addCampaignsPropertyDescriptor(Object object)
  {
    itemPropertyDescriptors.add
      (createItemPropertyDescriptor
        (((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
         getResourceLocator(),
         getString("_UI_KnowledgeItem_campaigns_feature"),
         getString("_UI_PropertyDescriptor_description", "_UI_KnowledgeItem_campaigns_feature", "_UI_KnowledgeItem_type"),
         TrainingPackage.Literals.KNOWLEDGE_ITEM__CAMPAIGNS,
         true,
         false,
         true,
         null,
         null,
         null));
  }

  /**
   * This returns KnowledgeItem.gif.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public Object getImage(Object object)
  {
    return overlayImage(object, getResourceLocator().getImage("full/obj16/KnowledgeItem"));
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
    String label = ((KnowledgeItem)object).getName();
    return label == null || label.length() == 0 ?
      getString("_UI_KnowledgeItem_type") :
      getString("_UI_KnowledgeItem_type") + " " + label;
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

    switch (notification.getFeatureID(KnowledgeItem.class))
    {
      case TrainingPackage.KNOWLEDGE_ITEM__KIND:
      case TrainingPackage.KNOWLEDGE_ITEM__OWNER:
      case TrainingPackage.KNOWLEDGE_ITEM__VERSION:
      case TrainingPackage.KNOWLEDGE_ITEM__APPROVAL_DATE:
      case TrainingPackage.KNOWLEDGE_ITEM__TEXT:
      case TrainingPackage.KNOWLEDGE_ITEM__QUESTION:
      case TrainingPackage.KNOWLEDGE_ITEM__ANSWER:
        fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
    return TrainingEditPlugin.INSTANCE;
  }

}
