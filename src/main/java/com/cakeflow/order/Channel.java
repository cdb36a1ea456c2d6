package com.cakeflow.order;

/** Where an order came from. */
public enum Channel {
	WALK_IN, PHONE, WECHAT, MINI_PROGRAM, WEBSITE, MEITUAN, ELEME, DOUYIN
}
