package org.onecard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.imports.ImportClient.rows;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class MasterDataImportTests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore peopleStore;
    @Autowired
    DatabaseClient db;

    Fixtures fx;
    ImportClient imports;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(web, operators, peopleStore, db);
        imports = new ImportClient(web, db);
    }

    @Test
    void departmentsNeedTheirParentInTheDatabaseOrEarlierInTheFile() {
        fx.department("081", "已有部门");
        Map<String, Object> job = imports.run(fx.admin, "departments", null, Sheets.departments(
                new Object[] {"082", "教务处"},
                new Object[] {"08201", "教务一科"},
                new Object[] {"08101", "已有部门下级"},
                new Object[] {"08399", "孤儿"},
                new Object[] {"081", "重复的已有编号"},
                new Object[] {"082", "文件内重复"},
                new Object[] {"1", "坏编号"}));

        assertThat(rows(job)).containsExactly("2 ACCEPTED", "3 ACCEPTED", "4 ACCEPTED",
                "5 REFUSED import.parent-missing", "6 REFUSED import.code-taken", "7 REFUSED excel.duplicate-key",
                "8 REFUSED excel.wrong-format");
        assertThat(parentCodeOf("08201")).isEqualTo("082");
        assertThat(parentCodeOf("08101")).isEqualTo("081");
        assertThat(count("SELECT COUNT(*) AS n FROM org_unit WHERE code = '08399'")).isZero();
    }

    @Test
    void peopleFollowTheNumberRulesAndFindTheirDepartmentByNameOrCode() {
        long unit = fx.department("085", "财务处");
        fx.department("086", "同名处");
        fx.department("087", "同名处");
        long resigned = fx.person("8500001", "离职者", unit);
        fx.resign(resigned);
        fx.person("8500002", "在职者", unit);

        Map<String, Object> job = imports.run(fx.admin, "people", null, Sheets.people(
                new Object[] {"8500010", "张三", "财务处"},
                new Object[] {"8500011", "李四", "087"},
                new Object[] {"8500001", "新人", "财务处"},
                new Object[] {"8500002", "新人", "财务处"},
                new Object[] {"8500012", "王五", "同名处"},
                new Object[] {"8500013", "赵六", "没有这个部门"},
                new Object[] {"85000AB", "钱七", "财务处"}));

        assertThat(rows(job)).containsExactly("2 ACCEPTED", "3 ACCEPTED",
                "4 REFUSED import.employee-no-resigned", "5 REFUSED import.employee-no-taken",
                "6 REFUSED import.department-ambiguous", "7 REFUSED import.department-unknown",
                "8 REFUSED import.employee-no-rules");
        assertThat(departmentOf("8500010")).isEqualTo("085");
        assertThat(departmentOf("8500011")).isEqualTo("087");
        assertThat(count("SELECT COUNT(*) AS n FROM person WHERE employee_no IN ('8500012', '8500013')")).isZero();
    }

    @Test
    void aDepartmentScopedOperatorImportsOnlyInsideTheScope() {
        long mine = fx.department("088", "我的处");
        fx.department("089", "别人的处");
        String scoped = fx.scopedOperator(java.util.Set.of(mine), "ADMIN");

        Map<String, Object> people = imports.run(scoped, "people", null, Sheets.people(
                new Object[] {"8800001", "甲", "我的处"}, new Object[] {"8800002", "乙", "别人的处"}));
        Map<String, Object> units = imports.run(scoped, "departments", null, Sheets.departments(
                new Object[] {"08801", "我的科"}, new Object[] {"08901", "别人的科"}));

        assertThat(rows(people)).containsExactly("2 ACCEPTED", "3 REFUSED import.outside-scope");
        assertThat(rows(units)).containsExactly("2 ACCEPTED", "3 REFUSED import.outside-scope");
    }

    private String parentCodeOf(String code) {
        return db.sql("SELECT p.code FROM org_unit o JOIN org_unit p ON p.id = o.parent_id WHERE o.code = :code")
                .bind("code", code).map(r -> r.get("code", String.class)).one().block();
    }

    private String departmentOf(String employeeNo) {
        return db.sql("SELECT o.code FROM person p JOIN org_unit o ON o.id = p.org_unit_id WHERE p.employee_no = :no")
                .bind("no", employeeNo).map(r -> r.get("code", String.class)).one().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }
}
