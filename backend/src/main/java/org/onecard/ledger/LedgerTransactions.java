package org.onecard.ledger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Ledger transactions run at READ COMMITTED: wallet rows are protected by their conditional
 * update, and MariaDB's default REPEATABLE READ would only add gap locks between unrelated
 * postings.
 */
@Component
public class LedgerTransactions {

    private final TransactionalOperator readCommitted;

    public LedgerTransactions(ReactiveTransactionManager transactionManager) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        definition.setName("ledger");
        this.readCommitted = TransactionalOperator.create(transactionManager, definition);
    }

    public TransactionalOperator readCommitted() {
        return readCommitted;
    }
}
