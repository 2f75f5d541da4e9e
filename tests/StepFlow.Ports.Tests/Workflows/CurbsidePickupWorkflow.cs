namespace StepFlow.Ports.Tests.Workflows;

/// <summary>
/// Port of step-functions-workflows-collection/curbside-pickup (statemachine/statemachine.asl.json): an order is
/// picked by staff and handed over at the curb, waiting on people through task tokens (SQS and SNS callbacks).
/// </summary>
[StateMachine(Comment = "Curbside Pickup State Machine")]
public partial class CurbsidePickupWorkflow
{
    private const string PutItem = "arn:aws:states:::dynamodb:putItem";
    private const string UpdateItem = "arn:aws:states:::dynamodb:updateItem";
    private const string PublishAndWait = "arn:aws:states:::sns:publish.waitForTaskToken";

    // The order's status changes that also clear the stored task token: the same update with another status.
    private const string ClearTokenUpdate = """ "TableName": "${DDBTable}", "Key": { "id.$": "$.id" }, "UpdateExpression": "SET order_status = :stat, taskToken = :tk" """;
    private const string PickComplete = $$"""{ {{ClearTokenUpdate}}, "ExpressionAttributeValues": { ":stat": "pick-complete", ":tk": "" } }""";
    private const string PickError = $$"""{ {{ClearTokenUpdate}}, "ExpressionAttributeValues": { ":stat": "pick-error", ":tk": "" } }""";
    private const string CancelRestock = $$"""{ {{ClearTokenUpdate}}, "ExpressionAttributeValues": { ":stat": "cancel-restock", ":tk": "" } }""";
    private const string CurbsideComplete = $$"""{ {{ClearTokenUpdate}}, "ExpressionAttributeValues": { ":stat": "curbside-complete", ":tk": "" } }""";

    [Task(
        Name = "DDB CreateOrder",
        StartAt = true,
        Resource = PutItem,
        Parameters = """
        {
          "TableName": "${DDBTable}",
          "Item": {
            "Item": null,
            "id.$": "$.id",
            "name.$": "$.name",
            "email.$": "$.email",
            "customer_id.$": "$.customer_id",
            "store_id.$": "$.store_id",
            "products.$": "States.JsonToString($.products)",
            "order_status": "pick-order"
          }
        }
        """,
        ResultPath = null,
        Next = nameof(PickItem))]
    partial void CreateOrder();

    [Task(
        Name = "SQS PickItem",
        Resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        Parameters = """{ "QueueUrl": "${SQSPick}", "MessageBody": { "id.$": "$.id", "taskToken.$": "$$.Task.Token" } }""",
        Next = nameof(ItemFound))]
    partial void PickItem();

    [Choice(Name = "ItemFound?", Default = nameof(UpdateStatus))]
    [When("$.taskComplete", BooleanEquals = false, Next = nameof(UpdateStatusError))]
    partial void ItemFound();

    [Task(Name = "DDB UpdateStatus", Resource = UpdateItem, Parameters = PickComplete, ResultPath = null, Next = nameof(ReadyPickup))]
    partial void UpdateStatus();

    // The customer has a day to say they arrived (the link in the message carries the task token).
    [Task(
        Name = "SNS ReadyPickup",
        Resource = PublishAndWait,
        Parameters = """
        {
          "Message": {
            "status": "ready-pickup",
            "url.$": "States.Format('http://localhost:3000/arrival?order={}&token={}', $.id, $$.Task.Token)"
          },
          "TopicArn": "${SNSCustomer}"
        }
        """,
        TimeoutSeconds = 86400,
        Next = nameof(CustomerArrived))]
    partial void ReadyPickup();

    [Choice(Name = "CustomerArrived?", Default = nameof(UpdateCustomerStatus))]
    [When("$.taskComplete", BooleanEquals = false, Next = nameof(CancelOrder))]
    partial void CustomerArrived();

    [Task(
        Name = "DDB Update Customer Status",
        Resource = UpdateItem,
        Parameters = """
        {
          "TableName": "${DDBTable}",
          "Key": { "id.$": "$.id" },
          "UpdateExpression": "SET order_status = :stat, cust_location = :loc",
          "ExpressionAttributeValues": { ":stat": "customer-arrived", ":loc.$": "$.location" }
        }
        """,
        ResultPath = null,
        Next = nameof(DeliverToCurb))]
    partial void UpdateCustomerStatus();

    [Task(
        Name = "SNS DeliverToCurb",
        Resource = PublishAndWait,
        Parameters = """
        {
          "Message": { "id.$": "$.id", "status": "customer-arrived", "location.$": "$.location", "taskToken.$": "$$.Task.Token" },
          "TopicArn": "${SNSBackend}"
        }
        """,
        ResultPath = null,
        Next = nameof(CompleteOrder))]
    partial void DeliverToCurb();

    [Task(Name = "DDB CancelOrder", Resource = UpdateItem, Parameters = CancelRestock, ResultPath = null, Next = nameof(OrderCancel))]
    partial void CancelOrder();

    [Task(
        Name = "SNS OrderCancel",
        Resource = "arn:aws:states:::sns:publish",
        Parameters = """
        {
          "Message": {
            "id.$": "$.id",
            "status": "order-cancel",
            "msg": "Sorry to hear you no longer want your order. This is a confirmation your order has been canceled."
          },
          "TopicArn": "${SNSCustomer}"
        }
        """,
        ResultPath = null,
        Next = nameof(RestockItem))]
    partial void OrderCancel();

    [Task(
        Name = "SQS RestockItem",
        Resource = "arn:aws:states:::sqs:sendMessage",
        Parameters = """{ "MessageBody.$": "$", "QueueUrl": "${SQSRestock}" }""",
        End = true)]
    partial void RestockItem();

    [Task(Name = "DDB CompleteOrder", Resource = UpdateItem, Parameters = CurbsideComplete, End = true)]
    partial void CompleteOrder();

    [Task(Name = "DDB UpdateStatus Error", Resource = UpdateItem, Parameters = PickError, ResultPath = null, Next = nameof(OrderIssue))]
    partial void UpdateStatusError();

    [Task(
        Name = "SNS OrderIssue",
        Resource = "arn:aws:states:::sns:publish",
        Parameters = """
        {
          "TopicArn": "${SNSCustomer}",
          "Message": {
            "id.$": "$.id",
            "msg": "One of your items is out of stock and your order cannot be fullfiled. Please contact customer support for next steps",
            "status": "out-of-stock"
          }
        }
        """,
        End = true)]
    partial void OrderIssue();
}
