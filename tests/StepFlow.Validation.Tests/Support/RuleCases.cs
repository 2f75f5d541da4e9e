using System.Collections.Generic;
using static StepFlow.Validation.Tests.Support.Machines;

namespace StepFlow.Validation.Tests.Support;

/// <summary>For every rule descriptor, a definition that breaks it and the corrected one.</summary>
public static class RuleCases
{
    private const string B = """ "B": {"Type": "Succeed"} """;

    public static IEnumerable<RuleCase> All()
    {
        // SF2xxx transitions and graph
        yield return new("SF2001", "unknown Next", JsonPath(""" "A": {"Type": "Pass", "Next": "Bee"}, """ + B), JsonPath(""" "A": {"Type": "Pass", "Next": "B"}, """ + B));
        yield return new("SF2002", "Next into a branch",
            JsonPath(""" "A": {"Type": "Pass", "Next": "P1"}, "Par": {"Type": "Parallel", "Branches": [{"StartAt": "P1", "States": {"P1": {"Type": "Pass", "End": true}}}], "End": true} """),
            JsonPath(""" "A": {"Type": "Pass", "Next": "Par"}, "Par": {"Type": "Parallel", "Branches": [{"StartAt": "P1", "States": {"P1": {"Type": "Pass", "End": true}}}], "End": true} """));
        yield return new("SF2003", "no StartAt", """{"States": {"A": {"Type": "Pass", "End": true}}}""", JsonPath(EndA));
        yield return new("SF2004", "StartAt unknown", """{"StartAt": "Z", "States": {"A": {"Type": "Pass", "End": true}}}""", JsonPath(EndA));
        yield return new("SF2005", "unreachable island",
            JsonPath(EndA + """, "C": {"Type": "Pass", "Next": "D"}, "D": {"Type": "Pass", "Next": "C"} """),
            JsonPath(""" "A": {"Type": "Pass", "Next": "C"}, "C": {"Type": "Pass", "End": true} """));
        yield return new("SF2006", "no terminal", JsonPath(""" "A": {"Type": "Pass", "Next": "A"} """), JsonPath(EndA));
        yield return new("SF2007", "loop with no exit",
            JsonPath(""" "A": {"Type": "Pass", "Next": "C"}, "C": {"Type": "Pass", "Next": "A"}, "E": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "F"}], "Default": "F"}, "F": {"Type": "Succeed"} """),
            JsonPath(""" "A": {"Type": "Pass", "Next": "E"}, "E": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "A"}], "Default": "F"}, "F": {"Type": "Succeed"} """));
        yield return new("SF2008", "same name in a branch",
            JsonPath(""" "A": {"Type": "Parallel", "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}], "End": true} """),
            JsonPath(""" "A": {"Type": "Parallel", "Branches": [{"StartAt": "A1", "States": {"A1": {"Type": "Pass", "End": true}}}], "End": true} """));

        // SF3xxx structure
        yield return new("SF3001", "neither Next nor End", JsonPath(""" "A": {"Type": "Pass"} """), JsonPath(EndA));
        yield return new("SF3002", "both Next and End", JsonPath(""" "A": {"Type": "Pass", "Next": "B", "End": true}, """ + B), JsonPath(""" "A": {"Type": "Pass", "Next": "B"}, """ + B));
        yield return new("SF3003", "End on Succeed", JsonPath(""" "A": {"Type": "Succeed", "End": true} """), JsonPath(""" "A": {"Type": "Succeed"} """));
        yield return new("SF3004", "lower-case type", JsonPath(""" "A": {"Type": "pass", "End": true} """), JsonPath(EndA));
        yield return new("SF3005", "Retry on Pass", JsonPath(""" "A": {"Type": "Pass", "Retry": [], "End": true} """), Task(""" "Retry": [], """));
        yield return new("SF3006", "InputPath in JSONata", JsonataTask(""" "InputPath": "$.x", """), JsonataTask(""" "Arguments": "{% $states.input.x %}", """));
        yield return new("SF3007", "Output in JSONPath", Task(""" "Output": {"a": 1}, """), Task(""" "OutputPath": "$.a", """));
        yield return new("SF3008", "name over 80", JsonPath("\"" + new string('n', 81) + "\": {\"Type\": \"Pass\", \"End\": true}").Replace("\"StartAt\": \"A\"", "\"StartAt\": \"" + new string('n', 81) + "\""), JsonPath(EndA));
        yield return new("SF3009", "TimeoutSeconds and its Path", Task(""" "TimeoutSeconds": 5, "TimeoutSecondsPath": "$.t", """), Task(""" "TimeoutSecondsPath": "$.t", """));
        yield return new("SF3010", "Wait with two durations", JsonPath(""" "A": {"Type": "Wait", "Seconds": 5, "SecondsPath": "$.s", "End": true} """), JsonPath(""" "A": {"Type": "Wait", "Seconds": 5, "End": true} """));
        yield return new("SF3011", "negative Seconds", JsonPath(""" "A": {"Type": "Wait", "Seconds": -1, "End": true} """), JsonPath(""" "A": {"Type": "Wait", "Seconds": 0, "End": true} """));
        yield return new("SF3012", "heartbeat above timeout", Task(""" "TimeoutSeconds": 10, "HeartbeatSeconds": 20, """), Task(""" "TimeoutSeconds": 20, "HeartbeatSeconds": 10, """));
        yield return new("SF3013", "Task without Resource", JsonPath(""" "A": {"Type": "Task", "End": true} """), JsonPath(""" "A": {"Type": "Task", "Resource": "${FnArn}", "End": true} """));
        yield return new("SF3014", "empty Choices", JsonPath(""" "A": {"Type": "Choice", "Choices": [], "Default": "B"}, """ + B), Choice(""" {"Variable": "$.x", "IsPresent": true, "Next": "B"} """));
        yield return new("SF3015", "Choice without Default",
            JsonPath(""" "A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "B"}]}, """ + B),
            Choice(""" {"Variable": "$.x", "IsPresent": true, "Next": "B"} """));
        yield return new("SF3016", "two operators", Choice(""" {"Variable": "$.x", "IsPresent": true, "IsNull": false, "Next": "B"} """),
            Choice(""" {"And": [{"Variable": "$.x", "IsPresent": true}, {"Variable": "$.x", "IsNull": false}], "Next": "B"} """));
        yield return new("SF3017", "numeric operator with a string", Choice(""" {"Variable": "$.x", "NumericEquals": "1", "Next": "B"} """), Choice(""" {"Variable": "$.x", "NumericEquals": 1, "Next": "B"} """));
        yield return new("SF3018", "Parallel without branches", JsonPath(""" "A": {"Type": "Parallel", "Branches": [], "End": true} """),
            JsonPath(""" "A": {"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}], "End": true} """));
        yield return new("SF3019", "JSONPath state in a JSONata machine", Machines.Jsonata(""" "A": {"Type": "Pass", "QueryLanguage": "JSONPath", "End": true} """), Machines.Jsonata(""" "A": {"Type": "Pass", "QueryLanguage": "JSONata", "End": true} """));
        yield return new("SF3020", "unknown top-level field", JsonPath(EndA, "\"Foo\": 1, "), JsonPath(EndA, "\"Comment\": \"\", "));
        yield return new("SF3021", "Version 2.0", JsonPath(EndA, "\"Version\": \"2.0\", "), JsonPath(EndA, "\"Version\": \"1.0\", "));
        yield return new("SF3022", "Timestamp with a space", JsonPath(""" "A": {"Type": "Wait", "Timestamp": "2016-03-14 01:59:00Z", "End": true} """), JsonPath(""" "A": {"Type": "Wait", "Timestamp": "2016-03-14T01:59:00Z", "End": true} """));
        yield return new("SF3023", "End false next to Next", JsonPath(""" "A": {"Type": "Pass", "Next": "B", "End": false}, """ + B), JsonPath(""" "A": {"Type": "Pass", "Next": "B"}, """ + B));
        yield return new("SF3024", "Next not a string", JsonPath(""" "A": {"Type": "Pass", "Next": 1}, """ + B), JsonPath(""" "A": {"Type": "Pass", "Next": "B"}, """ + B));
        yield return new("SF3025", "callback without token",
            JsonPath(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "Parameters": {"MessageBody.$": "$"}, "End": true} """),
            JsonPath(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "Parameters": {"MessageBody": {"TaskToken.$": "$$.Task.Token"}}, "End": true} """));
        yield return new("SF3026", "duplicate key", JsonPath(""" "A": {"Type": "Pass", "Comment": "a", "Comment": "b", "End": true} """), JsonPath(""" "A": {"Type": "Pass", "Comment": "a", "End": true} """));
        yield return new("SF3027", "Choice rule repeating an earlier test",
            JsonPath(""" "A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "B"}, {"IsPresent": true, "Variable": "$.x", "Next": "C"}], "Default": "B"}, "C": {"Type": "Succeed"}, """ + B),
            JsonPath(""" "A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "B"}, {"Variable": "$.y", "IsPresent": true, "Next": "C"}], "Default": "B"}, "C": {"Type": "Succeed"}, """ + B));

        // SF4xxx Retry and Catch
        yield return new("SF4001", "empty ErrorEquals", Task(""" "Retry": [{"ErrorEquals": []}], """), Task(""" "Retry": [{"ErrorEquals": ["States.TaskFailed"]}], """));
        yield return new("SF4002", "States.ALL first", Task(""" "Retry": [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["States.Timeout"]}], """),
            Task(""" "Retry": [{"ErrorEquals": ["States.Timeout"]}, {"ErrorEquals": ["States.ALL"]}], """));
        yield return new("SF4003", "misspelt States.ALL", Task(""" "Retry": [{"ErrorEquals": ["State.ALL"]}], """), Task(""" "Retry": [{"ErrorEquals": ["MyError"]}], """));
        yield return new("SF4004", "catching States.Runtime", Task(""" "Retry": [{"ErrorEquals": ["States.Runtime"]}], """), Task(""" "Retry": [{"ErrorEquals": ["States.Timeout"]}], """));
        yield return new("SF4005", "negative MaxAttempts", Task(""" "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": -1}], """), Task(""" "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 0}], """));
        yield return new("SF4006", "MaxDelaySeconds below IntervalSeconds", Task(""" "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 10, "MaxDelaySeconds": 5}], """),
            Task(""" "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 5, "MaxDelaySeconds": 10}], """));
        yield return new("SF4007", "catcher without Next",
            JsonPath(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"]}], "End": true} """),
            JsonPath(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "B"}], "End": true}, """ + B));
        yield return new("SF4008", "unknown retrier field", Task(""" "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempt": 2}], """), Task(""" "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}], """));
        yield return new("SF4009", "retrier shadowed by States.TaskFailed",
            Task(""" "Retry": [{"ErrorEquals": ["States.TaskFailed"]}, {"ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 6}], """),
            Task(""" "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 6}, {"ErrorEquals": ["States.TaskFailed"]}], """));

        // SF5xxx paths, intrinsics, JSONata
        yield return new("SF5001", "InputPath without $", Task(""" "InputPath": "foo", """), Task(""" "InputPath": "$.test-input", """));
        yield return new("SF5002", "wildcard ResultPath", Task(""" "ResultPath": "$.a[*]", """), Task(""" "ResultPath": "$.a[0]", """));
        yield return new("SF5003", ".$ value not a path", Parameters(""" {"x.$": "foo"} """), Parameters(""" {"x": "foo", "y.$": "$.a"} """));
        yield return new("SF5004", "unknown intrinsic", Parameters(""" {"x.$": "States.Formatt('{}', $.a)"} """), Parameters(""" {"x.$": "States.Format('{}', $.a)"} """));
        yield return new("SF5005", "placeholder count", Parameters(""" {"x.$": "States.Format('{} {}', $.a)"} """), Parameters(""" {"x.$": "States.Format('{} \\{\\}', $.a)"} """));
        yield return new("SF5006", "duplicate after stripping", Parameters(""" {"a": 1, "a.$": "$.a"} """), Parameters(""" {"a": 1, "b.$": "$.a"} """));
        yield return new("SF5007", "unbalanced JSONata", JsonataTask(""" "Arguments": {"x": "{% $states.input.(a %}"}, """), JsonataTask(""" "Arguments": {"x": "{% $states.input.(a) %}"}, """));
        yield return new("SF5008", "space before {%", JsonataTask(""" "Arguments": {"x": " {% $states.input %}"}, """), JsonataTask(""" "Arguments": {"x": "{% $states.input %}"}, """));
        yield return new("SF5009", ".$ key in JSONata", JsonataTask(""" "Arguments": {"x.$": "$.a"}, """), JsonataTask(""" "Arguments": {"x": "{% $states.input.a %}"}, """));
        yield return new("SF5010", "intrinsic in JSONata", JsonataTask(""" "Arguments": {"x": "{% States.UUID() %}"}, """), JsonataTask(""" "Arguments": {"x": "{% $uuid() %}"}, """));
        yield return new("SF5011", "ErrorPath returning an array", JsonPath(""" "A": {"Type": "Fail", "ErrorPath": "States.Array($.a)"} """), JsonPath(""" "A": {"Type": "Fail", "ErrorPath": "States.Format('E{}', $.a)"} """));
        yield return new("SF5012", "$states.result in Arguments", JsonataTask(""" "Arguments": "{% $states.result %}", """), JsonataTask(""" "Output": "{% $states.result.Payload %}", """));
        yield return new("SF5013", "$eval in JSONata", JsonataTask(""" "Output": "{% $eval($states.input.code) %}", """), JsonataTask(""" "Output": "{% $parse($states.input.code) %}", """));
        yield return new("SF5014", "top-level $ in JSONata", JsonataTask(""" "Arguments": {"x": "{% $.x %}"}, """), JsonataTask(""" "Arguments": {"x": "{% $states.input.x %}"}, """));
        yield return new("SF5020", "path under a key without .$", Parameters(""" {"id": "$.order.id"} """), Parameters(""" {"id.$": "$.order.id", "note": "costs $5"} """));
        yield return new("SF5021", "StringEquals holding a path", Choice(""" {"Variable": "$.a", "StringEquals": "$.b", "Next": "B"} """), Choice(""" {"Variable": "$.a", "StringEqualsPath": "$.b", "Next": "B"} """));
        yield return new("SF5022", ".$ key in a Pass Result",
            JsonPath(""" "A": {"Type": "Pass", "Result": {"id.$": "$.order.id"}, "End": true} """),
            JsonPath(""" "A": {"Type": "Pass", "Parameters": {"id.$": "$.order.id"}, "End": true} """));
        yield return new("SF5023", "unquoted word in a filter", Parameters(""" {"failed.$": "$.results[?(@.status==Failure)]"} """), Parameters(""" {"failed.$": "$.results[?(@.status=='Failure')]", "big.$": "$.items[?(@.n >= 1e3)]"} """));

        // SF6xxx variables
        yield return new("SF6001", "hyphen in a variable", JsonPath(""" "A": {"Type": "Pass", "Assign": {"my-var": 1}, "End": true} """), JsonPath(""" "A": {"Type": "Pass", "Assign": {"my_var": 1}, "End": true} """));
        yield return new("SF6002", "assigning states", JsonPath(""" "A": {"Type": "Pass", "Assign": {"states": 1}, "End": true} """), JsonPath(""" "A": {"Type": "Pass", "Assign": {"state": 1}, "End": true} """));
        yield return new("SF6003", "read never assigned", JsonPath(""" "A": {"Type": "Pass", "Parameters": {"x.$": "$count"}, "End": true} """),
            JsonPath(""" "A": {"Type": "Pass", "Assign": {"count": 1}, "Next": "C"}, "C": {"Type": "Pass", "Parameters": {"x.$": "$count"}, "End": true} """));
        yield return new("SF6004", "inner scope reassigns",
            JsonPath(""" "A": {"Type": "Pass", "Assign": {"v": 1}, "Next": "Par"}, "Par": {"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "Assign": {"v": 2}, "End": true}}}], "End": true} """),
            JsonPath(""" "A": {"Type": "Pass", "Assign": {"v": 1}, "Next": "Par"}, "Par": {"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "Assign": {"w": 2}, "End": true}}}], "End": true} """));
        yield return new("SF6005", "sibling branch variable",
            JsonPath(""" "A": {"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "Assign": {"v": 2}, "End": true}}}, {"StartAt": "Q", "States": {"Q": {"Type": "Pass", "Parameters": {"x.$": "$v"}, "End": true}}}], "End": true} """),
            JsonPath(""" "A": {"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "Assign": {"v": 2}, "Next": "P2"}, "P2": {"Type": "Pass", "Parameters": {"x.$": "$v"}, "End": true}}}], "End": true} """));
        yield return new("SF6006", "Assign not an object", JsonPath(""" "A": {"Type": "Pass", "Assign": [1], "End": true} """), JsonPath(""" "A": {"Type": "Pass", "Assign": {"a": [1]}, "End": true} """));
        yield return new("SF6007", "JSONata reads a never-assigned variable", Machines.Jsonata(""" "A": {"Type": "Pass", "Output": "{% $total + 1 %}", "End": true} """),
            Machines.Jsonata(""" "A": {"Type": "Pass", "Assign": {"total": 1}, "Next": "C"}, "C": {"Type": "Pass", "Output": "{% $total + 1 %}", "End": true} """));

        // SF7xxx Map and service constraints
        yield return new("SF7001", "ItemReader on an inline Map", Map(""" "ItemReader": {"Resource": "arn:aws:states:::s3:getObject"}, """),
            Map(""" "ItemReader": {"Resource": "arn:aws:states:::s3:getObject"}, """, """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}"""));
        yield return new("SF7002", "DISTRIBUTED without ExecutionType", Map("", """{"Mode": "DISTRIBUTED"}"""), Map("", """{"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"}"""));
        yield return new("SF7003", ".sync in Express",
            JsonPath(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2", "End": true} """),
            JsonPath(""" "A": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution", "End": true} """), Express: true);
        yield return new("SF7004", "static Result over 256 KiB",
            JsonPath(""" "A": {"Type": "Pass", "Result": {"blob": """ + "\"" + new string('x', 270000) + "\"" + """}, "End": true} """),
            JsonPath(""" "A": {"Type": "Pass", "Result": {"blob": """ + "\"" + new string('x', 200000) + "\"" + """}, "End": true} """));
        yield return new("SF7005", "long Label",
            Map(""" "Label": "{0}", """.Replace("{0}", new string('l', 41)), """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}"""),
            Map(""" "Label": "{0}", """.Replace("{0}", new string('l', 40)), """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}"""));
        yield return new("SF7006", "ItemBatcher without a limit",
            Map(""" "ItemBatcher": {"BatchInput": {}}, """, """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}"""),
            Map(""" "ItemBatcher": {"MaxItemsPerBatch": 10}, """, """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}"""));
        yield return new("SF7007", "space in a Map Label",
            Map(""" "Label": "Process files", """, """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}"""),
            Map(""" "Label": "Process-files_1", """, """{"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}"""));
    }
}
