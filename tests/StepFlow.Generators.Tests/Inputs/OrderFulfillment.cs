using System.Threading.Tasks;
using StepFlow;

namespace Shop.Workflows;

public sealed record Order(string OrderId, decimal Total, string[] Items);
public sealed record Approval(bool Approved, string ApprovedBy);

/// <summary>A JSONata workflow: variables, conditions, a Parallel and an inline Map, a callback and a Wait.</summary>
[StateMachine(QueryLanguage = QueryLanguage.Jsonata, Comment = "Order fulfilment", TimeoutSeconds = 86400, Version = "1.0")]
public partial class OrderFulfillment
{
    [Pass(StartAt = true, Next = nameof(Route), Assign = """{"orderId": "{% $states.input.OrderId %}", "total": "{% $states.input.Total %}"}""")]
    partial void Remember();

    [Choice(Default = nameof(Prepare))]
    [When(Condition = "{% $total > 1000 %}", Next = nameof(RequestApproval), Comment = "Large orders need a person")]
    [When(Condition = "{% $count($states.input.Items) = 0 %}", Next = nameof(Rejected), Output = """{"reason": "empty"}""")]
    partial void Route();

    [Task(Resource = "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Arguments = """{"QueueUrl": "${ApprovalQueueUrl}", "MessageBody": {"orderId": "{% $orderId %}", "token": "{% $states.context.Task.Token %}"}}""",
          TimeoutSeconds = 3600, HeartbeatSeconds = 600, Next = nameof(CheckApproval))]
    [Catch("States.Timeout", Next = nameof(Rejected), Output = """{"reason": "approval timed out"}""")]
    partial void RequestApproval();

    [Choice(Default = nameof(Rejected))]
    [When(Condition = "{% $states.input.Approved %}", Next = nameof(Prepare), Assign = """{"approvedBy": "{% $states.input.ApprovedBy %}"}""")]
    partial void CheckApproval();

    [Parallel(Branches = new[] { typeof(PickItems), typeof(ChargeCard) }, Next = nameof(CoolDown), Output = "{% {'picked': $states.result[0], 'charge': $states.result[1]} %}")]
    [Retry("States.TaskFailed", IntervalSeconds = 5, MaxAttempts = 2, BackoffRate = 1.5)]
    partial void Prepare();

    [Wait(Seconds = "{% $total > 500 ? 60 : 5 %}", Next = nameof(Done))]
    partial void CoolDown();

    [Succeed(Output = "{% {'orderId': $orderId} %}")]
    partial void Done();

    [Fail(Error = "Order.Rejected", Cause = "{% 'Order ' & $orderId & ' was rejected' %}")]
    partial void Rejected();
}

[Branch(Comment = "Pick every item")]
public partial class PickItems
{
    [Map(StartAt = true, Items = "{% $states.input.Items %}", MaxConcurrency = 10, ItemProcessor = typeof(PickOne), End = true)]
    partial void EachItem();
}

[ItemProcessor]
public partial class PickOne
{
    [Task(StartAt = true, Resource = "arn:aws:states:::aws-sdk:dynamodb:updateItem",
          Arguments = """{"TableName": "${StockTable}", "Key": {"sku": {"S": "{% $states.input %}"}}, "UpdateExpression": "SET reserved = reserved + :one", "ExpressionAttributeValues": {":one": {"N": "1"}}}""",
          End = true)]
    partial void Reserve();
}

[Branch]
public partial class ChargeCard
{
    [Task(StartAt = true, End = true, FunctionName = "${ChargeFunctionArn}")]
    public Task<string> Charge(Order order) => Task.FromResult("charged " + order.OrderId);
}
