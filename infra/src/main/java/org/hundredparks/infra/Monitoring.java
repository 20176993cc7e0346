package org.hundredparks.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * Alarms on what needs a person (function errors and throttles, API server errors, anything in a dead-letter
 * queue, a job waiting too long) to one encrypted topic, and a dashboard of the same signals.
 */
public class Monitoring extends Construct {

    private static final Duration PERIOD = Duration.minutes(5);

    private final Topic topic;
    private final List<Alarm> alarms = new ArrayList<>();

    public Monitoring(Construct scope, String id, Stage stage, Map<String, PlatformFunction> functions, HttpApi api,
            IQueue jobs, Map<String, IQueue> deadLetters) {
        super(scope, id);
        Key key = Key.Builder.create(this, "AlarmTopicKey")
                .description("Hundred Parks " + stage.name() + ": alarm notifications")
                .enableKeyRotation(true)
                .removalPolicy(stage.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        // CloudWatch publishes alarms to the topic, so it must be able to use the topic's key.
        key.grant(new ServicePrincipal("cloudwatch.amazonaws.com"), "kms:Decrypt", "kms:GenerateDataKey*");
        topic = Topic.Builder.create(this, "Alarms").masterKey(key).enforceSsl(true).build();
        if (stage.alarmEmail() != null) {
            topic.addSubscription(new EmailSubscription(stage.alarmEmail()));
        }

        List<IWidget> widgets = new ArrayList<>();
        functions.forEach((name, fn) -> {
            var function = fn.function();
            alarm("FunctionErrors-" + name, function.metricErrors(sum()), 1, "函数 " + name + " 出错");
            alarm("FunctionThrottles-" + name, function.metricThrottles(sum()), 1, "函数 " + name + " 被限流");
            widgets.add(graph(name + ": invocations, errors, throttles",
                    List.of(function.metricInvocations(sum()), function.metricErrors(sum()), function.metricThrottles(sum()))));
            widgets.add(graph(name + ": duration p50 / p99", List.of(
                    function.metricDuration(MetricOptions.builder().statistic("p50").period(PERIOD).build()),
                    function.metricDuration(MetricOptions.builder().statistic("p99").period(PERIOD).build()))));
        });
        alarm("ApiServerErrors", api.metricServerError(sum()), 5, "API 返回 5xx 错误");
        widgets.add(graph("API: requests, 4xx, 5xx", List.of(api.metricCount(sum()), api.metricClientError(sum()),
                api.metricServerError(sum()))));
        widgets.add(graph("API: latency p99", List.of(api.metricLatency(MetricOptions.builder().statistic("p99").period(PERIOD).build()))));

        List<IMetric> depths = new ArrayList<>();
        deadLetters.forEach((name, queue) -> {
            Metric depth = queue.metricApproximateNumberOfMessagesVisible(MetricOptions.builder().statistic("Maximum").period(PERIOD).build());
            alarm("DeadLetters-" + name, depth, 1, "死信队列 " + name + " 有未处理的消息");
            depths.add(depth);
        });
        widgets.add(graph("Dead letters", depths));
        Metric oldestJob = jobs.metricApproximateAgeOfOldestMessage(MetricOptions.builder().statistic("Maximum").period(PERIOD).build());
        alarm("JobsWaiting", oldestJob, 900, "导入或报告任务等待超过 15 分钟");
        widgets.add(graph("Jobs: oldest waiting (s)", List.of(oldestJob)));

        Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName(stage.stackName("operations")).build();
        for (int i = 0; i < widgets.size(); i += 2) {
            dashboard.addWidgets(widgets.subList(i, Math.min(i + 2, widgets.size())).toArray(IWidget[]::new));
        }
    }

    private static MetricOptions sum() {
        return MetricOptions.builder().statistic("Sum").period(PERIOD).build();
    }

    private static GraphWidget graph(String title, List<? extends IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(List.copyOf(metrics)).width(12).build();
    }

    private void alarm(String id, IMetric metric, double threshold, String description) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description)
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
        alarm.addOkAction(new SnsAction(topic));
        alarms.add(alarm);
    }

    public Topic topic() {
        return topic;
    }

    public List<Alarm> alarms() {
        return alarms;
    }
}
